//! Data panels: a match's score panel or a stock widget, printed by the
//! page beside the article. The figures are the page's, not sentences of
//! the article.

use super::blocks::blocks;
use super::words::{at_most_words, ends_sentence, is_figure, words};
use super::{Draft, Look, Page, Rule, SkipReason};

/// The most words of a line of a data panel.
const MOST_PANEL_LINE_WORDS: usize = 8;
/// The fewest lines of a data panel.
const PANEL_LINES: usize = 2;

/// A data panel: a block of at least two short unpunctuated lines, most
/// of them with digits and one mostly figures, as a match's score panel
/// ("Castleford 3–2 Redbridge", "Okonkwo 12, Varga 67") or a stock widget
/// ("84.12 USD", "-3.61 (-4.11%)") prints them.
pub(super) fn data_panels(page: &Page, draft: &mut Draft) {
    let (text, lines, looks) = (page.text, page.lines, &mut draft.looks[..]);
    for block in blocks(lines) {
        let texts: Vec<&str> = block.clone().map(|i| lines[i].span.of(text)).collect();
        // Each test runs only when the ones before it hold (a block of one
        // line, most of a page's, is passed over on its length), and the
        // figures, the dearest, last, in one walk over each line's words.
        let short = || {
            texts
                .iter()
                .all(|s| at_most_words(s, MOST_PANEL_LINE_WORDS) && !ends_sentence(s))
        };
        let with_digits = || {
            texts
                .iter()
                .filter(|s| s.chars().any(|c| c.is_ascii_digit()))
                .count()
        };
        let figures = || {
            texts.iter().any(|s| {
                let (n, figures) =
                    words(s).fold((0, 0), |(n, f), w| (n + 1, f + usize::from(is_figure(w))));
                2 * figures >= n
            })
        };
        if texts.len() >= PANEL_LINES && short() && 2 * with_digits() > texts.len() && figures() {
            for i in block {
                if looks[i].is_text()
                    || matches!(
                        looks[i],
                        Look::Skip(SkipReason::Dateline | SkipReason::Byline, _)
                    )
                {
                    looks[i] = Look::skip(Rule::DataPanel);
                }
            }
        }
    }
}

/// The arrows a ticker prints beside a price's move.
const MOVE_ARROWS: [char; 4] = ['▲', '▼', '△', '▽'];
/// The most words of a ticker's line.
const MOST_TICKER_WORDS: usize = 14;
/// The fewest figures of a ticker's line.
const FEWEST_TICKER_FIGURES: usize = 2;

/// A stock or market ticker on one line: a price's move arrow and figures
/// beside names ("LUMR  $38.12  ▼ 9.6%", "NGX ASI 97,642.18 ▲0.41%
/// USD/NGN 1,612.50   Brent $77.10"). A widget of the page, not a title.
pub(super) fn is_ticker_line(s: &str, n_words: usize) -> bool {
    n_words <= MOST_TICKER_WORDS
        && s.contains(MOVE_ARROWS)
        && !ends_sentence(s)
        && words(s)
            .filter(|w| is_figure(w.trim_start_matches(MOVE_ARROWS)))
            .take(FEWEST_TICKER_FIGURES)
            .count()
            >= FEWEST_TICKER_FIGURES
}

#[cfg(test)]
mod tests {
    use super::super::testing::roles;

    #[test]
    fn a_ticker_on_one_line() {
        for s in [
            "LUMR  $38.12  ▼ 9.6%",
            "PLHM (NYSE)  $38.42  ▲ 1.86 (+5.09%)",
            "NGX ASI 97,642.18 ▲0.41%   USD/NGN 1,612.50   Brent $77.10",
        ] {
            assert!(super::is_ticker_line(s, super::words(s).count()), "{s}");
        }
        for s in [
            "Shares ▲ 5% to $3.20 after the results.",
            "Rates ▲ again",
            "Harvestline Foods IPO oversubscribed by 2.3 times as retail investors return",
        ] {
            assert!(!super::is_ticker_line(s, super::words(s).count()), "{s}");
        }
    }

    #[test]
    fn a_stock_widget_is_a_data_panel_and_a_sentence_of_figures_is_not() {
        let got = roles(
            "Shares of the retailer rose on Tuesday.\n\n\
             PLHM\n84.12 USD\n-3.61 (-4.11%)\n\n\
             The company sold 3.2 million units, up 4%.",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Shares of the retailer rose on Tuesday.", "body"),
                ("PLHM", "boilerplate"),
                ("84.12 USD", "boilerplate"),
                ("-3.61 (-4.11%)", "boilerplate"),
                ("The company sold 3.2 million units, up 4%.", "body"),
            ]
        );
    }
}
