//! Alert banners: a site-wide alert printed over the page's head ("WEATHER
//! ALERT: Flash flood watch for Pruitt and Dade counties until 8 PM",
//! "TRAFFIC ALERT: ..."). It reads as a title, but the story's headline is
//! below it: the banner is the site's, not the story's. Read by its place
//! (above the headline, before any byline or date) and its shape (a label
//! in capitals ending on an alert word, alert_banners.txt, then a colon);
//! a kicker ("EXCLUSIVE: ...", "ROYAL WEDDING: ...") opens the headline and
//! names no alert.

use super::words::{is_all_caps, key, listed, words};
use super::{Draft, Look, Page, Rule, SkipReason};
use crate::lexicon::List;

/// The most words of an alert banner's label ("SEVERE WEATHER WARNING").
const LABEL_WORDS: usize = 3;

/// Whether a line opens with an alert banner's label and a colon, with the
/// alert after it.
fn is_alert_banner(s: &str) -> bool {
    let Some((label, rest)) = s.split_once(':') else {
        return false;
    };
    let n = words(label).count();
    (1..=LABEL_WORDS).contains(&n)
        && is_all_caps(label)
        && !rest.trim().is_empty()
        && words(label)
            .next_back()
            .is_some_and(|w| listed(List::AlertBanners, key(w)))
}

/// An alert banner in the page's head: a title above the headline (another
/// title below it before the first paragraph), with no byline or date above
/// it.
pub(super) fn alert_banners(page: &Page, draft: &mut Draft) {
    let looks = &mut draft.looks[..];
    let Some(first_body) = looks.iter().position(|l| *l == Look::Body) else {
        return;
    };
    for i in 0..first_body {
        if matches!(
            looks[i],
            Look::Skip(SkipReason::Byline | SkipReason::Dateline, _)
        ) {
            return;
        }
        if looks[i] == Look::Title
            && looks[i + 1..first_body].contains(&Look::Title)
            && is_alert_banner(page.line(i))
        {
            looks[i] = Look::skip(Rule::AlertBanner);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::assert_roles;
    use super::is_alert_banner;

    #[test]
    fn alert_labels_not_kickers() {
        for s in [
            "WEATHER ALERT: Flash flood watch for two counties until 8 PM",
            "SEVERE WEATHER WARNING: Ice on roads tonight",
            "TRAFFIC ALERTS: I-95 closed at exit 4",
        ] {
            assert!(is_alert_banner(s), "{s}");
        }
        for s in [
            "EXCLUSIVE: Star in the dock",
            "ROYAL WEDDING: Harry and Meghan set a date",
            "Weather alert: flash flood watch",
            "ALERT:",
        ] {
            assert!(!is_alert_banner(s), "{s}");
        }
    }

    #[test]
    fn an_alert_banner_over_the_headline_is_the_sites() {
        assert_roles(
            "WEATHER ALERT: Flash flood watch for two counties until 8 PM\n\
             Man gets life sentence in 2017 shooting\n\
             By Jenna Morales\n\n\
             A judge on Wednesday sentenced a man to life in prison.",
            &[
                (
                    "WEATHER ALERT: Flash flood watch for two counties until 8 PM",
                    "boilerplate",
                ),
                ("Man gets life sentence in 2017 shooting", "headline"),
                ("By Jenna Morales", "byline"),
                (
                    "A judge on Wednesday sentenced a man to life in prison.",
                    "body",
                ),
            ],
        );
    }
}
