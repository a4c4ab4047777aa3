//! The first look at one line alone: the line rules, in the order they
//! run. The first rule a line meets decides its look, so a rule with a
//! more exact reason runs before a vaguer one that would catch the same
//! line. Each rule's patterns, lists and thresholds are in its family's
//! file; this is only their order.

use std::cell::OnceCell;

use super::words::{key, lower_words};
use super::{
    ads, bylines, comments, credits, data_panels, datelines, fact_boxes, headlines, licensing,
    line_gates, menus, openings, publisher, sign_ups, site, site_links, update_notes,
};
use super::{Look, Rule};

/// The most words any line rule counts: every rule asks for at most this
/// many, so longer lines stop counting there.
const MOST_COUNTED_WORDS: usize = 80;

/// Looks at one line alone.
#[cfg(test)]
pub(super) fn look(s: &str) -> Look {
    look_counted(
        s,
        super::words::words(s).take(MOST_COUNTED_WORDS + 1).count(),
    )
}

/// Looks at line `span` of `text` alone, its words counted by the token
/// layer ([`crate::token::count_in`]: two binary searches over the stored
/// tokens instead of a walk over the line; the same count).
pub(super) fn look_in(text: &str, span: crate::Span) -> Look {
    look_counted(
        span.of(text),
        crate::token::count_in(text, span, MOST_COUNTED_WORDS + 1),
    )
}

/// Looks at line `s` of `n` words (counting no further than
/// [`MOST_COUNTED_WORDS`] + 1).
fn look_counted(s: &str, n: usize) -> Look {
    // The word gates several rules share read the line once.
    let _line = line_gates::Line::scope(s);
    let k = key(s);
    // The line's words lower-cased, for the checks against word lists.
    let lower = OnceCell::new();
    let lower = || lower.get_or_init(|| lower_words(s)).as_slice();
    let rule = if site::is_rule(s) {
        Rule::SymbolsOnly
    } else if site::is_star_rating(s) {
        Rule::StarRating
    } else if site::is_lone_number(s) {
        Rule::LoneNumber
    } else if menus::is_bulleted_entry(s, n) {
        Rule::BulletedEntry
    } else if ads::is_sponsored_label(k) {
        Rule::SponsoredLabel
    } else if ads::is_ad_slot_label(k) {
        Rule::AdSlotLabel
    } else if ads::is_sponsor_line(s, n) {
        Rule::SponsorLine
    } else if n <= ads::SPONSOR_LABEL_WORDS
        && ads::could_end_with_sponsor_label(s)
        && ads::ends_with_sponsor_label(lower())
    {
        Rule::SponsorLabel
    } else if menus::is_edition_switch(s, n) {
        Rule::EditionSwitch
    } else if ads::PROMOTED_BY_RULE.matches(s, n) {
        Rule::AdWidgetLabel
    } else if menus::is_truncated_teaser(s, n) {
        Rule::TruncatedTeaser
    } else if menus::is_list_title(k) {
        Rule::ListTitle
    } else if site::is_site_word(k) {
        Rule::SiteWord
    } else if comments::COMMENTS_OPENER_RULE.matches(s, n) {
        Rule::CommentsLink
    } else if site::is_reference_label(s, k, n) {
        Rule::ReferenceLabel
    } else if menus::is_kicker_key(k) {
        Rule::SectionLabel
    } else if openings::is_link_line(s, n) {
        Rule::LinkLine
    } else if site::is_cookie_banner(s, n) {
        Rule::CookieBanner
    } else if site::INBOX_RULE.matches(s, n) {
        Rule::NewsletterSignUp
    } else if sign_ups::SIGN_UP_CALL_RULE.matches(s, n) {
        Rule::SignUpCall
    } else if publisher::PRODUCTION_NOTE_RULE.matches(s, n) {
        Rule::ProductionNote
    } else if publisher::READER_CALLOUT_RULE.matches(s, n) {
        Rule::ReaderCallout
    } else if site::is_editors_note(s, n) {
        Rule::EditorsNote
    } else if openings::is_newsletter_formula(s, n) {
        Rule::NewsletterFormula
    } else if site::is_copyright_line(s, n) {
        Rule::CopyrightNotice
    } else if n <= comments::COMMENT_PROMPT_WORDS
        && comments::could_be_comment_prompt(s)
        && comments::is_comment_prompt(lower())
    {
        Rule::CommentsWidget
    } else if openings::opens_as_site_furniture(s, n) {
        Rule::SiteFurnitureOpening
    } else if licensing::has_licensing_terms(s, n) {
        Rule::LicensingTerms
    } else if bylines::names_the_agency(s, k, n) {
        Rule::AgencyByline
    } else if licensing::is_broadcast_terms(s) {
        Rule::BroadcastTerms
    } else if let Some(rule) = credits::caption_or_credit(s, n) {
        rule
    } else if update_notes::UPDATE_NOTE_RULE.matches(s, n) {
        Rule::UpdateNote
    } else if let Some(rule) = datelines::date_line(s, n) {
        rule
    } else if site::PITCH_RULE.matches(s, n) {
        Rule::Pitch
    } else if datelines::AMENDED_ON_RULE.matches(s, n) {
        Rule::AmendedNotice
    } else if bylines::TRANSLATED_BY_RULE.matches(s, n) {
        Rule::TranslatorCredit
    } else if datelines::PRINT_EDITION_RULE.matches(s, n) {
        Rule::PrintEdition
    } else if site::READING_TIME_RULE.matches(s, n) {
        Rule::ReadingTime
    } else if menus::starts_list_title(s, n) {
        Rule::ListTitle
    } else if bylines::names_the_reporter(s, n) {
        Rule::ByLine
    } else if bylines::is_writer_and_post(s, n) {
        Rule::WriterAndPost
    } else if let Some(rule) = menus::menu_row(s, n) {
        rule
    } else if let Some(rule) = site_links::footer_row(s) {
        rule
    } else if data_panels::is_ticker_line(s, n) {
        Rule::DataPanel
    } else if site::REFERENCE_RULE.matches(s, n) {
        Rule::PaperReference
    } else if site::READER_SUPPORTED_RULE.matches(s, n) {
        Rule::Pitch
    } else if datelines::is_match_minute(s) {
        Rule::MatchMinute
    } else if credits::is_audio_cue(s) {
        Rule::AudioCue
    } else if bylines::is_speaker_label(s) {
        Rule::SpeakerLabel
    } else if bylines::CONTACT_LINE_RULE.matches(s, n) {
        Rule::ContactLine
    } else if bylines::is_contact_addresses(s, n) {
        Rule::ContactAddresses
    } else {
        // No furniture rule: the line's shape decides.
        return if headlines::STANDFIRST_RULE.matches(s, n) || headlines::opens_with_kicker(s, n) {
            Look::Title
        } else if fact_boxes::is_labelled_verdict(s, n) {
            Look::Body
        } else {
            headlines::title_shape(s, n).unwrap_or(Look::Body)
        };
    };
    Look::skip(rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_rule_a_line_meets_decides() {
        // A caption's label comes before the credit closing it.
        assert_eq!(
            look("FILE PHOTO: Protesters march through Paris on Monday. (AP Photo/Jane Doe)"),
            Look::skip(Rule::CaptionLabel)
        );
        assert_eq!(
            look("Protesters march through Paris on Monday. (AP Photo/Jane Doe)"),
            Look::skip(Rule::CaptionWithCredit)
        );
        // No rule: the shape decides.
        assert_eq!(look("Ministers Resign"), Look::Title);
        assert_eq!(look("Get Yours!"), Look::Exclaim);
        assert_eq!(look("Two ministers resigned on Monday."), Look::Body);
    }
}
