//! Argumentative connectives: the author reasoning with the reader,
//! conceding or concluding ("after all", "in other words", "you see",
//! "worse still").
//!
//! Decision: reporting states and attributes; it rarely argues. These
//! phrases mark the author's argument but say nothing about what is judged,
//! so they weigh a little more than half a judgment.

use crate::stance::model::{Evidence, Feature};
use crate::stance::phrases::{List, Phrase};
use crate::stance::SignalKind;

pub(crate) fn detect(phrases: &[Phrase], out: &mut Vec<Evidence>) {
    for p in phrases {
        let w = match p.list {
            List::Argument => Feature::Argument,
            List::Aside => Feature::Argument,
            _ => continue,
        };
        out.push(Evidence::new(p.span, SignalKind::Argument, w));
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::assert_stance;
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn argument_with_a_judgment_is_opinion() {
        assert_stance(
            "Not less government, you see; the same amount of government for less money.",
            Opinion,
            &[("you see", Argument)],
        );
        assert_stance(
            "After all, the plan was doomed from the start.",
            Opinion,
            &[("After all", Argument), ("doomed", Evaluative)],
        );
    }
}
