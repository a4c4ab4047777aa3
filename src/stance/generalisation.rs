//! Sweeping generalisations: "no one", "nobody knows", "always", "never".
//!
//! Decision: a report states what happened to whom; an author arguing
//! generalises ("No government ever surrenders power"). A universal alone is
//! common in plain statements ("nobody was hurt"), so it weighs half a
//! judgment and needs another signal.

use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;

pub(crate) fn detect(phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases.iter().filter(|p| p.list == List::Generalisation) {
        out.push(Evidence::new(
            p.span,
            SignalKind::Generalisation,
            Feature::Generalisation,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::assert_stance;
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn a_universal_alone_is_reporting() {
        assert_stance(
            "Nobody was hurt in the blast.",
            Reporting,
            &[("Nobody", Generalisation)],
        );
    }

    #[test]
    fn a_universal_with_a_judgment_is_opinion() {
        assert_stance(
            "Everyone agrees the scheme is a sham.",
            Opinion,
            &[("Everyone", Generalisation), ("sham", LoadedWording)],
        );
    }
}
