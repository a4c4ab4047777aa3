//! Newsletter, app and alert sign-up boxes: the call to sign up ("Get the
//! Tribune's daily politics newsletter", "Download the WKTN 6 News app for
//! breaking news alerts", "Thank you for subscribing") and the lines boxed
//! with it, one under another with no blank line between: the consent text
//! ("By clicking on the sign up button you consent ...", often longer than
//! any opening rule takes), the form's answers ("A welcome email is on its
//! way.") and a call's tail on the next line ("for ad-free news and current
//! affairs"). They speak to the reader about the site, not about the news.

use std::sync::LazyLock;

use regex::Regex;

use super::gate::{self, LinePattern};
use super::words::{starts_lowercase, word_entry, word_offsets, words};
use super::{Draft, Look, Page, Rule, SkipReason};
use crate::lexicon::List;

/// A call to sign up: an imperative of getting or joining, then within the
/// same sentence what is signed up for; or the thanks for signing up.
static SIGN_UP_CALL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(
        r"(?i)^(?:(?:get|sign\s+up|join|download|subscribe)\b[^.!?]{0,80}?\b(?:newsletters?|app|whatsapp|channel|alerts|inbox)\b|thanks?(?:\s+you)?\s+for\s+(?:subscribing|signing\s+up|registering)\b)",
    )
    .expect("sign-up call")
});

/// [`SIGN_UP_CALL`]'s gate: the line opens with one of its verbs.
fn could_be_sign_up_call(s: &str) -> bool {
    gate::opens_with(
        s,
        &[
            "get",
            "sign",
            "join",
            "download",
            "subscribe",
            "thank",
            "thanks",
        ],
    )
}

/// The rule for a line that calls the reader to sign up ([`SIGN_UP_CALL`]).
pub(super) static SIGN_UP_CALL_RULE: LinePattern = LinePattern {
    // The most words of a call to sign up: longer, it is a sentence of
    // the story that happens to open with "Get".
    most_words: 20,
    gate: Some(could_be_sign_up_call),
    pattern: &SIGN_UP_CALL,
};

/// Whether a line speaks of signing up: one of its words, or two words in
/// a row ("sign up"), is on sign_up_words.txt ("newsletter", "inbox",
/// "email" as a word of its own, not "emailed"; "subscribe", not
/// "subscribers").
fn speaks_of_signing_up(s: &str) -> bool {
    let mut before: Option<usize> = None;
    word_offsets(s).any(|(at, w)| {
        let pair = before.map(|start| &s[start..at + w.len()]);
        before = Some(at);
        is_sign_up_word(w) || pair.is_some_and(is_sign_up_word)
    })
}

/// Whether a word, or two words in a row, is on sign_up_words.txt.
fn is_sign_up_word(w: &str) -> bool {
    word_entry(w).is_in(List::SignUpWords)
}

/// The most lines a box runs on past its last line of furniture.
const BOX_GAP: usize = 2;
/// The most words of a line boxed with a sign-up: the consent text runs
/// to three sentences.
const BOX_LINE_WORDS: usize = 80;

/// Whether line `i`'s look opens a sign-up box: furniture about signing up.
fn opens_box(page: &Page, looks: &[Look], i: usize) -> bool {
    match looks[i] {
        Look::Skip(_, Rule::SignUpCall) => true,
        Look::Skip(
            SkipReason::Boilerplate,
            Rule::NewsletterSignUp | Rule::SiteFurnitureOpening | Rule::SiteWord | Rule::Pitch,
        ) => speaks_of_signing_up(page.line(i)),
        _ => false,
    }
}

/// The lines boxed with a sign-up: below a line of furniture about signing
/// up, in the same block, a line of text that holds a sign-up word, or goes
/// on in lower case, while the box's furniture is at most [`BOX_GAP`]
/// lines above.
pub(super) fn sign_up_boxes(page: &Page, draft: &mut Draft) {
    let lines = page.lines;
    let mut i = 0;
    while i < lines.len() {
        if !opens_box(page, &draft.looks, i) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i + 1;
        while j < lines.len() && lines[j].block == lines[i].block && j - last <= BOX_GAP {
            let s = page.line(j);
            match draft.looks[j] {
                Look::Skip(..) => last = j,
                look if look.is_text()
                    && words(s).take(BOX_LINE_WORDS + 1).count() <= BOX_LINE_WORDS
                    && (speaks_of_signing_up(s) || j == last + 1 && starts_lowercase(s)) =>
                {
                    draft.looks[j] = Look::skip(Rule::SignUpBox);
                    last = j;
                }
                _ => {}
            }
            j += 1;
        }
        i = j.max(i + 1);
    }
}

/// Compiles the pattern now rather than on first use.
pub(super) fn warm() {
    LazyLock::force(&SIGN_UP_CALL);
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;
    use super::*;

    #[test]
    fn the_call_to_sign_up_passes_its_gate() {
        for s in [
            "Get the NZPR app",
            "Get our Security newsletter. Delivered Tuesdays and Thursdays.",
            "Download the WKTN 6 News app for breaking news alerts.",
            "Join HT's WhatsApp Channel and get the latest news and must-reads.",
            "Thank you for subscribing",
            "Thanks for signing up!",
        ] {
            assert!(SIGN_UP_CALL_RULE.matches(s, words(s).count()), "{s}");
        }
        for s in [
            "Get out of the way, the driver shouted.",
            "Join the queue at the post office and you will wait an hour. The app is no help.",
            "Thanks to the rain, the reservoir is full.",
        ] {
            assert!(!SIGN_UP_CALL_RULE.matches(s, words(s).count()), "{s}");
        }
    }

    #[test]
    fn a_sign_up_box_is_set_aside_whole() {
        assert_roles(
            "Ferry fares rise\n\nFares rise on April 1, the operator said.\n\n\
             Get the latest harbour news straight to your inbox\n\
             Subscribe\n\
             We use your sign-up to provide content in ways you’ve consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time.\n\
             Thank you for subscribing\n\
             We have more newsletters Show me\n\n\
             The new fares were set in March.\n\n\
             Get the Harbour app\n\
             for ad-free news and current affairs",
            &[
                ("Ferry fares rise", "headline"),
                ("Fares rise on April 1, the operator said.", "body"),
                ("Get the latest harbour news straight to your inbox", "boilerplate"),
                ("Subscribe", "boilerplate"),
                (
                    "We use your sign-up to provide content in ways you’ve consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time.",
                    "boilerplate",
                ),
                ("Thank you for subscribing", "boilerplate"),
                ("We have more newsletters Show me", "boilerplate"),
                ("The new fares were set in March.", "body"),
                ("Get the Harbour app", "boilerplate"),
                ("for ad-free news and current affairs", "boilerplate"),
            ],
        );
    }

    #[test]
    fn sign_up_words_are_whole_words() {
        for s in [
            "Sign up for our newsletter",
            "We use your sign-up to provide content",
            "Straight to your inbox.",
            "Enter your e-mail address",
            "You can unsubscribe at any time.",
        ] {
            assert!(speaks_of_signing_up(s), "{s}");
        }
        for s in [
            "The paper lost 2,000 subscribers last year.",
            "The operator emailed season-ticket holders.",
            "Signs went up on the bridge.",
        ] {
            assert!(!speaks_of_signing_up(s), "{s}");
        }
    }

    #[test]
    fn a_story_line_under_a_sign_up_in_its_block_stays() {
        // A page pasted one paragraph a line: the story goes on under the
        // sign-up, and only a line about signing up is boxed with it.
        assert_roles(
            "Ferry fares rise\nFares rise on April 1, the operator said.\nGet the Harbour app\nThe operator emailed season-ticket holders on Monday.\nThe new fares were set in March.",
            &[
                ("Ferry fares rise", "headline"),
                ("Fares rise on April 1, the operator said.", "body"),
                ("Get the Harbour app", "boilerplate"),
                ("The operator emailed season-ticket holders on Monday.", "body"),
                ("The new fares were set in March.", "body"),
            ],
        );
    }
}
