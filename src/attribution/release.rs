//! A page that is itself a press release ("Media release", "For immediate
//! release" above its text) is an institution's formal channel: LABELS.md
//! lists "in a press release" among the channels that make an
//! office-holder's words official, and a document takes its author's kind.
//! So a person the release quotes by name speaks on the record there,
//! claim by claim; the person stays named everywhere else.

use super::words::words;
use crate::lexicon::List;
use crate::Span;

/// The line of `head` (the text above an article's body: its furniture)
/// that labels the article a press release, if any.
pub fn label(text: &str, head: Span) -> Option<Span> {
    let mut start = head.start;
    let mut line = String::new();
    for piece in head.of(text).split_inclusive('\n') {
        let span = Span::new(start, start + piece.len());
        start = span.end;
        let ws = words(text, span, &[]);
        // Labels are short: a long line is no label, and is not lower-cased.
        if ws.is_empty() || ws.len() > 4 {
            continue;
        }
        line.clear();
        for (i, w) in ws.iter().enumerate() {
            if i > 0 {
                line.push(' ');
            }
            line.push_str(&w.lower(text));
        }
        if List::PressReleaseLabels.contains(&line) {
            return Some(Span::new(ws[0].span.start, ws[ws.len() - 1].span.end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AttributionKind;

    fn label_of(text: &str) -> Option<&str> {
        label(text, Span::new(0, text.len())).map(|s| s.of(text))
    }

    #[test]
    fn a_label_on_its_own_line_marks_a_release() {
        assert_eq!(
            label_of("Home  News\nMedia release\n"),
            Some("Media release")
        );
        assert_eq!(
            label_of("FOR IMMEDIATE RELEASE\r\nJune 3"),
            Some("FOR IMMEDIATE RELEASE")
        );
        assert_eq!(label_of("Press Release:\n"), Some("Press Release"));
    }

    #[test]
    fn a_line_that_only_mentions_a_release_is_no_label() {
        assert_eq!(label_of("Read the media release in full here\n"), None);
        assert_eq!(label_of("Releases\nMedia centre\n"), None);
        assert_eq!(label_of(""), None);
    }

    use crate::attribution::testing::claim_kinds as kinds;

    #[test]
    fn the_people_a_release_quotes_speak_on_the_record() {
        let body = "The council will spend $4 million on new levees, Mayor Jo Reid said.\n\n\
                    “This is the biggest investment in a generation,” Ms Reid said.\n\n\
                    Farmer Tom Lake welcomed the funding.\n\n\
                    The levees will be finished by 2029.\n";
        let release = format!("Media release\n\nNew levees for Ashby\n\n{body}");
        let got = kinds(&release);
        assert!(
            got.iter()
                .filter(|(_, k)| *k == AttributionKind::Official)
                .count()
                == 3
        );
        assert_eq!(got.last().unwrap().1, AttributionKind::Unattributed);
        // The same text in a newspaper: the people speak in person.
        let report = format!("New levees for Ashby\n\n{body}");
        let got = kinds(&report);
        assert!(
            got.iter().all(|(_, k)| *k != AttributionKind::Official),
            "{got:?}"
        );
    }
}
