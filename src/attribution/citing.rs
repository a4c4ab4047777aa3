//! "citing" names a source after it only when what follows can speak:
//! "citing sources familiar with the talks", "citing a report by the
//! agency". When it names a reason ("with the club citing a minor
//! hamstring problem", "the snack maker cut its forecast, citing higher
//! cocoa costs", "She declined to describe the incidents, citing student
//! privacy"), the reason is never the source: whoever cites it is, the
//! subject before the cue (LABELS.md: the source is who speaks).

use super::source::SourceClass;
use crate::rule::RuleId;
use crate::Span;

/// Whether the cue at `cue` is a "citing" whose words after, `source`,
/// name a reason rather than a speaker (`classify` reads a source).
pub(super) fn gives_reason(
    text: &str,
    cue: Span,
    source: Option<Span>,
    classify: &dyn Fn(Span) -> (SourceClass, RuleId),
) -> bool {
    if !cue.of(text).eq_ignore_ascii_case("citing") {
        return false;
    }
    source.is_none_or(|s| {
        let (class, rule) = classify(s);
        class == SourceClass::Anonymous && rule == RuleId::Unidentified
    })
}

#[cfg(test)]
mod tests {
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn a_reason_cited_is_no_source() {
        let text = "Ferreyra was left out of the squad for Saturday's friendly, \
                    with the club citing a minor hamstring problem.";
        let doc = crate::analyze_text(text).unwrap();
        let a = &doc.claims[0].attribution;
        // The club, not its reason (and not "with").
        assert_eq!(
            a.source.map(|s| s.of(text).to_string()).as_deref(),
            Some("the club")
        );
    }

    #[test]
    fn a_speaker_cited_is_the_source() {
        assert_eq!(
            kinds("The talks have stalled, Reuters reported, citing three sources familiar with them."),
            [Named]
        );
    }
}
