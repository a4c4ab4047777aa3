//! Every furniture rule's stable id, the kind of furniture it finds and
//! the message the reader sees ("ends with a photo credit"), one line each.
//! Rules are matched on their id, never on their message.

use super::SkipReason;

/// Declares [`Rule`] from lines of `Id: Reason, "message";`.
macro_rules! rules {
    ($($(#[$doc:meta])* $id:ident: $reason:ident, $message:literal;)*) => {
        /// Which rule set a line, or part of one, aside.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Rule {
            $($(#[$doc])* $id,)*
        }

        impl Rule {
            /// Every rule, in the order declared.
            #[cfg(test)]
            const ALL: &[Rule] = &[$(Rule::$id,)*];

            /// The kind of furniture the rule finds.
            pub fn reason(self) -> SkipReason {
                match self {
                    $(Rule::$id => SkipReason::$reason,)*
                }
            }

            /// What made the text furniture, for the reader.
            pub fn message(self) -> &'static str {
                match self {
                    $(Rule::$id => $message,)*
                }
            }
        }
    };
}

rules! {
    // Advertisements (ads.rs, headed.rs).
    SponsoredLabel: Advertisement, "marks sponsored content";
    AdSlotLabel: Advertisement, "marks an advertising slot";
    SponsorLine: Advertisement, "a sponsor's line";
    SponsorLabel: Advertisement, "a sponsor's label";
    AdWidgetLabel: Advertisement, "labels a recommendation or ad widget";
    InsideSponsoredContent: Advertisement, "inside sponsored content";
    InsideAdSlot: Advertisement, "inside an advertising slot";
    PromotedLink: Advertisement, "a promoted link and its source";
    TextAd: Advertisement, "a text ad under its label";
    // Site furniture (site.rs, comments.rs, data_panels.rs, ...).
    SymbolsOnly: Boilerplate, "a line of symbols only";
    StarRating: Boilerplate, "a star rating";
    LoneNumber: Boilerplate, "a lone number: a footnote or list marker";
    SiteWord: Boilerplate, "a lone site-furniture word";
    SiteButtons: Boilerplate, "site buttons on one line";
    SiteFurnitureOpening: Boilerplate, "site furniture (copyright, subscription, cookies)";
    SectionLabel: Boilerplate, "a section label";
    /// banners.rs
    AlertBanner: Boilerplate, "a site-wide alert banner above the headline";
    CookieBanner: Boilerplate, "a cookie-consent banner";
    CopyrightNotice: Boilerplate, "a copyright notice";
    NewsletterSignUp: Boilerplate, "a newsletter sign-up";
    NewsletterFormula: Boilerplate, "a newsletter's greeting or sign-off";
    /// sign_ups.rs
    SignUpCall: Boilerplate, "calls the reader to sign up for a newsletter, an app or alerts";
    /// sign_ups.rs
    SignUpBox: Boilerplate, "inside a sign-up box";
    /// publisher.rs
    ProductionNote: Boilerplate, "says how the story was produced";
    /// publisher.rs
    ReaderCallout: Boilerplate, "asks readers for tips or their stories";
    /// publisher.rs
    PublisherBlurb: Boilerplate, "the publisher describes itself at the page's foot";
    /// publisher.rs
    FootFurniture: Boilerplate, "site furniture by its opening, at the page's foot";
    Pitch: Boilerplate, "a subscription or donation pitch";
    ReadingTime: Boilerplate, "a reading-time line";
    EditorsNote: Boilerplate, "an editor's note on the story itself";
    ReferenceLabel: Boilerplate, "labels a reference block";
    ReferenceUnderLabel: Boilerplate, "a reference under its label";
    PaperReference: Boilerplate, "a reference to a published paper";
    DataPanel: Boilerplate, "a data panel (scores, prices)";
    Salutation: Boilerplate, "a letter's salutation";
    CommentsLink: Boilerplate, "a comments link or count";
    CommentsOpener: Boilerplate, "opens the reader comments";
    CommentsWidget: Boilerplate, "the comments widget";
    ReaderComment: Boilerplate, "a reader's comment";
    MarkupAside: Boilerplate, "set beside the article in the page's markup";
    Masthead: Boilerplate, "the site's name above its menu";
    PageFooter: Boilerplate, "page footer: no article text follows";
    // Bylines (bylines.rs, letters.rs, comments.rs).
    ByLine: Byline, "names the reporter";
    AgencyByline: Byline, "names the news agency that filed the story";
    TranslatorCredit: Byline, "credits the translator";
    WriterAndPost: Byline, "names the writer and their post";
    ContactLine: Byline, "how to reach the writer";
    ContactAddresses: Byline, "an email address or social handle with the words that give it";
    SpeakerLabel: Byline, "a transcript speaker's label";
    NameBesideDate: Byline, "a name beside the date";
    NameAbovePost: Byline, "the writer's name above their post";
    PostBesideByline: Byline, "the writer's post beside the byline";
    AuthorNote: Byline, "an author's note about the byline's writer";
    LetterSignature: Byline, "a letter's signature";
    LetterWriterNote: Byline, "a note on the letter's writer";
    CommenterName: Byline, "a commenter's name";
    MarkupByline: Byline, "the writer's name in the page's markup";
    // Captions and credits (credits.rs).
    CaptionLabel: Caption, "labelled as a photo caption";
    CaptionWithCredit: Caption, "ends with a photo credit";
    CaptionAboveCredit: Caption, "sits directly above a photo credit";
    /// head_captions.rs
    HeadCaption: Caption, "a photo caption above the story, with a credit's shape";
    PhotoLabel: Caption, "a photo label under the headline";
    AudioCue: Caption, "an audio cue in a transcript";
    MarkupCaption: Caption, "a figure's caption in the page's markup";
    CreditLine: Credit, "a photo or video credit";
    LoneCredit: Credit, "a photo credit on its own";
    /// head_captions.rs
    CreditBesideCaption: Credit, "a name and an outlet under a photo caption";
    // Datelines (datelines.rs).
    PublicationDate: Dateline, "a publication date or time";
    WriterAndDate: Dateline, "the writer and the date on one line";
    AmendedNotice: Dateline, "a correction or publication notice";
    PrintEdition: Dateline, "a print-edition line";
    MatchMinute: Dateline, "a live commentary's minute";
    WireDateline: Dateline, "a wire dateline";
    UpdateStamp: Dateline, "the time stamp of a live update";
    UpdateNote: Dateline, "a note of when the story was updated and what was added";
    MarkupDate: Dateline, "the date in the page's markup";
    // Duplicates (duplicates.rs).
    Repeat: Duplicate, "repeats a headline or caption printed above";
    PullQuote: Duplicate, "a pull quote repeating the article";
    // Navigation (menus.rs, head.rs).
    ListTitle: Navigation, "a menu or link-list title";
    LinkLine: Navigation, "a link or teaser line";
    LinkUnderTitle: Navigation, "a link under a link-list title";
    BulletedEntry: Navigation, "a short bulleted menu entry";
    Breadcrumb: Navigation, "a breadcrumb or section trail";
    HeadTrail: Navigation, "a trail of links or topics above the headline";
    SectionMenu: Navigation, "a menu of the site's sections";
    /// site_links.rs
    SitePageLinks: Navigation, "links to the site's own pages on one line";
    SectionTrail: Navigation, "a section trail or link list";
    MenuColumn: Navigation, "a menu set one item per line";
    TruncatedTeaser: Navigation, "a truncated teaser of another story";
    StoryCard: Navigation, "the blurb of another story, signed and dated below it";
    RankedEntry: Navigation, "an entry of a ranked list of stories";
    EditionSwitch: Navigation, "switches the site's edition";
    Rubric: Navigation, "a section label above the headline";
    MarkupNavigation: Navigation, "a menu, link list, share bar or comment thread in the page's markup";
    // Licensing terms (licensing.rs).
    LicensingTerms: Restriction, "licensing terms";
    BroadcastTerms: Restriction, "broadcast or licensing terms";
    LicensingBlock: Restriction, "continues a block of licensing terms";
}

#[cfg(test)]
mod tests {
    use super::Rule;

    /// A reader tells the rules apart by their messages: no two rules share
    /// one, and no message is empty.
    #[test]
    fn each_rule_has_a_message_of_its_own() {
        let messages: std::collections::HashSet<&str> =
            Rule::ALL.iter().map(|rule| rule.message()).collect();
        assert_eq!(messages.len(), Rule::ALL.len());
        assert!(messages.iter().all(|m| !m.is_empty()));
    }
}
