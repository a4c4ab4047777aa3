//! Reader comments: the comments section under an article (its heading,
//! the widget's controls, commenters' names and their comments) and the
//! widget's prompts to log in and comment. The comments are readers', not
//! the article's claims.

use std::sync::LazyLock;

use regex::Regex;

use super::gate::{self, LinePattern};

use super::datelines::is_time_ago;
use super::words::{word_entry, words};
use super::{Draft, Look, Page, Rule, SkipReason};
use crate::lexicon::{Lexeme, List};

/// The most words of a prompt to log in and comment.
pub(super) const COMMENT_PROMPT_WORDS: usize = 25;

/// A comments widget speaking to the reader about their account: "You must
/// login or create an account to comment.", "Sign up or login to join the
/// discussions!", "You must be logged in to report a comment." It names
/// commenting (comment_words.txt) and an account action
/// (account_actions.txt), and it addresses the reader: it opens with "you",
/// "please" or the action itself. A report about a site's rules ("Users
/// must log in to comment, the company said") addresses no one. `lower` is
/// the line's [`lower_words`](super::words::lower_words).
pub(super) fn is_comment_prompt(lower: &[String]) -> bool {
    let Some(first) = lower.first() else {
        return false;
    };
    // An action is one to three words ("login", "sign in", "create an account").
    let action_at = |i: usize| {
        (i + 1..=(i + 3).min(lower.len()))
            .any(|end| Lexeme::of_lower(&lower[i..end].join(" ")).is_in(List::AccountActions))
    };
    let addressed = first == "you" || first == "please" || action_at(0);
    addressed
        && lower
            .iter()
            .any(|w| Lexeme::of_lower(w).is_in(List::CommentWords))
        && (0..lower.len()).any(action_at)
}

/// [`is_comment_prompt`]'s gate, on the line itself: its first word is
/// "you" or "please", or opens an account action. One look-up, where the
/// line's words would otherwise all be lower-cased first.
pub(super) fn could_be_comment_prompt(s: &str) -> bool {
    words(s).next().is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.eq_ignore_ascii_case("you")
            || w.eq_ignore_ascii_case("please")
            || word_entry(w).opens(List::AccountActions)
    })
}

/// What opens a reader-comments section: "Comments", "Join the
/// conversation", "12 comments".
static COMMENTS_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)^(?:(?:\d+\s+)?(?:reader\s+)?comments?|join the (?:conversation|discussion|debate)|(?:show|view|read)\s+(?:all\s+)?comments)(?:\s*\(\d+\))?$")
        .expect("comments opener")
});

/// The rule for a line that is a comments link or count ([`COMMENTS_OPENER`]).
pub(super) static COMMENTS_OPENER_RULE: LinePattern = LinePattern {
    // The most words of a comments link or count.
    most_words: 4,
    gate: Some(could_be_comments_opener),
    pattern: &COMMENTS_OPENER,
};

/// Whether a line is a comments link or count ([`COMMENTS_OPENER`]), of any length.
fn is_comments_opener(s: &str) -> bool {
    could_be_comments_opener(s) && COMMENTS_OPENER.is_match(s)
}

/// [`COMMENTS_OPENER`]'s gate: a count, or the first word of one of its
/// forms, opens the line.
fn could_be_comments_opener(s: &str) -> bool {
    gate::opens_with_digit(s)
        || gate::opens_with(
            s,
            &[
                "reader", "comment", "comments", "join", "show", "view", "read",
            ],
        )
}

/// The controls of a comments widget.
static COMMENTS_WIDGET: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::new(r"(?i)\b(?:sign in|log in|register|newest|oldest|sort by|to comment|commenting|join the (?:conversation|discussion)|your (?:name|e-?mail|comment)|(?:post|add|leave|write) (?:a |your )?(?:comment|reply)|terms of (?:use|service))\b|^(?:comment|reply)\s*\*?$")
        .expect("comments widget")
});

/// Whether a line holds a comments widget's control ([`COMMENTS_WIDGET`]),
/// past its gate.
fn is_comments_widget(s: &str) -> bool {
    could_be_comments_widget(s) && COMMENTS_WIDGET.is_match(s)
}

/// The words [`could_be_comments_widget`] looks for.
pub(super) const WIDGET_WORDS: [&str; 12] = [
    "sign in",
    "log in",
    "register",
    "newest",
    "oldest",
    "sort by",
    "comment",
    "reply",
    "your name",
    "your e",
    "join the",
    "terms of",
];

/// [`COMMENTS_WIDGET`]'s gate: every control it finds holds one of these
/// (in any ASCII case: "Post a reply", "Your e-mail", "to comment"). Its
/// first alternatives are not anchored: without its DFA (the browser build)
/// the regex engine tries them from every place of a comment's text.
fn could_be_comments_widget(s: &str) -> bool {
    gate::holds_any(s, &WIDGET_WORDS)
}

/// Reader comments under an article: after the body, a comments heading
/// and what follows it (handles, times, comment text, "Reply", "Like (14)")
/// up to the next link list or copyright line.
pub(super) fn reader_comments(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    let Some(first_body) = looks.iter().position(|l| *l == Look::Body) else {
        return;
    };
    // The heading is the widget's when the widget's own controls follow it
    // ("Sign in or register to comment", "Newest first", "2 hours ago"); a
    // lone "Comment" share button is not.
    // A second comments button under the heading ("Comments" / "Show
    // Comments") is the widget's too.
    let widget = |i: usize| {
        (i + 1..lines.len().min(i + 5)).any(|j| {
            let s = lines[j].span.of(text);
            is_comments_widget(s) || is_comments_opener(s) || is_time_ago(s)
        })
    };
    let Some(open) = (first_body + 1..lines.len()).find(|&i| {
        looks[i] != Look::Body && is_comments_opener(lines[i].span.of(text)) && widget(i)
    }) else {
        return;
    };
    looks[open] = Look::skip(Rule::CommentsOpener);
    for j in open + 1..lines.len() {
        let s = lines[j].span.of(text);
        looks[j] = match looks[j] {
            _ if is_comments_opener(s) => Look::skip(Rule::CommentsWidget),
            Look::Skip(_, Rule::ListTitle) => break,
            Look::Skip(SkipReason::Boilerplate, Rule::SiteFurnitureOpening) => break,
            Look::Body => Look::skip(Rule::ReaderComment),
            Look::Title | Look::Label | Look::Exclaim | Look::Skip(_, Rule::LinkUnderTitle)
                if is_handle(s) =>
            {
                Look::skip(Rule::CommenterName)
            }
            Look::Title | Look::Label | Look::Exclaim | Look::Skip(_, Rule::LinkUnderTitle) => {
                Look::skip(Rule::CommentsWidget)
            }
            other => other,
        };
    }
}

/// A commenter's handle: one token with a digit, an inner capital, "_" or
/// "@" ("KelbrookLad88", "MaureenH"), unlike a button ("Reply").
fn is_handle(s: &str) -> bool {
    !s.contains(char::is_whitespace)
        && (s.contains(|c: char| c.is_ascii_digit() || c == '_' || c == '@')
            || s.chars().skip(1).any(char::is_uppercase))
}

/// Compiles this file's patterns now rather than on first use (see
/// [`crate::warm`]).
pub(crate) fn warm() {
    for pattern in [&COMMENTS_OPENER, &COMMENTS_WIDGET] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_gates_pass_every_match() {
        super::gate::assert_gates(&[(
            super::could_be_comments_opener,
            &super::COMMENTS_OPENER,
            "12 comments",
        )]);
    }
    use super::super::testing::{assert_roles, roles};

    /// Every fixture line, and lines made from each control, that
    /// [`super::COMMENTS_WIDGET`] matches passes its gate.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_comments_widget_gate_passes_every_match() {
        let mut lines = super::super::testing::fixture_lines();
        for control in [
            "Sign in",
            "LOG IN",
            "register",
            "Newest",
            "oldest first",
            "Sort by",
            "to comment",
            "Commenting",
            "join the conversation",
            "Join the discussion",
            "your name",
            "Your e-mail",
            "your email",
            "your comment",
            "Post a comment",
            "add your reply",
            "Leave a Reply",
            "write comment",
            "Terms of Use",
            "terms of service",
            "comment",
            "Reply *",
            "COMMENT",
        ] {
            lines.push(control.to_string());
            lines.push(format!("Please {control}, today."));
        }
        let mut matched = 0;
        for line in &lines {
            if super::COMMENTS_WIDGET.is_match(line) {
                matched += 1;
                assert!(super::could_be_comments_widget(line), "{line:?}");
            }
        }
        assert!(matched > 46, "{matched}");
    }

    #[test]
    fn reader_comments_are_not_the_article() {
        assert_roles(
            "The leader was suspended on Thursday.\n\
             Comments\n\
             Sign in or register to comment\n\
             KelbrookLad88\n\
             Same old story in this town.\n\
             Reply\n\
             Most popular\n\
             Man charged after crash closes bypass",
            &[
                ("The leader was suspended on Thursday.", "body"),
                ("Comments", "boilerplate"),
                ("Sign in or register to comment", "boilerplate"),
                ("KelbrookLad88", "byline"),
                ("Same old story in this town.", "boilerplate"),
                ("Reply", "boilerplate"),
                ("Most popular", "navigation"),
                ("Man charged after crash closes bypass", "navigation"),
            ],
        );
    }

    #[test]
    fn a_second_comments_button_opens_the_thread() {
        let got = roles(
            "The mayor signed the budget on Friday.\n\n\
             Comments\n\
             Show Comments\n\n\
             Gold Member Badge\n\n\
             Gold members have posted helpful comments for a year.\n\n\
             Most read\n\
             Harbour ferry returns after repairs",
        );
        let roles: Vec<&str> = got.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(
            roles,
            [
                "body",
                "boilerplate",
                "boilerplate",
                "boilerplate",
                "boilerplate",
                "navigation",
                "navigation"
            ]
        );
    }

    #[test]
    fn prompts_to_log_in_and_comment_are_the_widget_not_the_article() {
        for line in [
            "You must login or create an account to comment.",
            "Sign up or log in to join the discussion!",
            "You must be logged in to report a comment.",
            "reader comments",
        ] {
            let text = format!("The council approved the plan on Monday.\n\n{line}");
            assert_eq!(
                roles(&text)[1],
                (line.to_string(), "boilerplate".to_string()),
                "{line}"
            );
        }
        // A report on a site's rules speaks to no one.
        let text = "The council approved the plan on Monday.\n\n\
                    Users must log in to comment on the plan, the council said.";
        assert_eq!(roles(text)[1].1, "body");
    }
}
