//! Precise figures: amounts, counts, dates and percentages, evidence that a
//! claim reports facts ("$3.4 million", "in 2021", "90 percent").
//!
//! Decision: an author arguing rarely needs exact numbers; a report is built
//! on them. Figures lower the score a little, never enough to overturn an
//! asserted judgment, and are shown among the reasons. Figures inside
//! quotation marks are the source's and do not count.

use crate::stance::score::{weight, Evidence};
use crate::stance::SignalKind;
use crate::Span;

pub(crate) fn detect(text: &str, claim: Span, out: &mut Vec<Evidence>) {
    let Some(slice) = text.get(claim.range()) else { return };
    let bytes = slice.as_bytes();
    let mut found: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < bytes.len() && found.len() < 2 {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (matches!(bytes[i], b'.' | b',') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            found.push(Span::new(start, i).offset(claim.start));
        } else {
            i += 1;
        }
    }
    let w = if found.len() > 1 { weight::FIGURES } else { weight::FIGURE };
    if let Some(&first) = found.first() {
        out.push(Evidence::new(first, SignalKind::Specifics, w));
    }
}

#[cfg(test)]
mod tests {
    use crate::stance::testing::assert_stance;
    use crate::stance::SignalKind::*;
    use crate::stance::StanceKind::*;

    #[test]
    fn figures_are_reporting_evidence() {
        assert_stance("In 2019, the group distributed $3.4 million in aid.", Reporting, &[("2019", Specifics)]);
    }

    #[test]
    fn figures_do_not_overturn_an_asserted_judgment() {
        assert_stance("The 2019 budget was a fiasco.", Opinion, &[("2019", Specifics), ("fiasco", Evaluative)]);
    }
}
