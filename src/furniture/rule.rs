//! Every furniture rule's stable id, the reason it gives and the message the
//! reader sees ("ends with a photo credit"). Rules are matched on their id,
//! never on their message.

use super::SkipReason;

/// Which rule set a line, or part of one, aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    // Advertisements (ads.rs, headed.rs).
    SponsoredLabel,
    AdSlotLabel,
    SponsorLine,
    SponsorLabel,
    AdWidgetLabel,
    InsideSponsoredContent,
    InsideAdSlot,
    PromotedLink,
    TextAd,
    // Site furniture (site.rs, comments.rs, data_panels.rs, ...).
    SymbolsOnly,
    StarRating,
    LoneNumber,
    SiteWord,
    SiteButtons,
    SiteFurnitureOpening,
    SectionLabel,
    CookieBanner,
    CopyrightNotice,
    NewsletterSignUp,
    NewsletterFormula,
    Pitch,
    ReadingTime,
    EditorsNote,
    ReferenceLabel,
    ReferenceUnderLabel,
    PaperReference,
    DataPanel,
    Salutation,
    CommentsLink,
    CommentsOpener,
    CommentsWidget,
    ReaderComment,
    MarkupAside,
    Masthead,
    PageFooter,
    // Bylines (bylines.rs, letters.rs, comments.rs).
    ByLine,
    AgencyByline,
    TranslatorCredit,
    WriterAndPost,
    ContactLine,
    SpeakerLabel,
    NameBesideDate,
    NameAbovePost,
    PostBesideByline,
    AuthorNote,
    LetterSignature,
    LetterWriterNote,
    CommenterName,
    MarkupByline,
    // Captions and credits (credits.rs).
    CaptionLabel,
    CaptionWithCredit,
    CaptionAboveCredit,
    PhotoLabel,
    AudioCue,
    MarkupCaption,
    CreditLine,
    LoneCredit,
    // Datelines (datelines.rs).
    PublicationDate,
    WriterAndDate,
    AmendedNotice,
    PrintEdition,
    MatchMinute,
    WireDateline,
    UpdateStamp,
    MarkupDate,
    // Duplicates (duplicates.rs).
    Repeat,
    PullQuote,
    // Navigation (menus.rs).
    ListTitle,
    LinkLine,
    LinkUnderTitle,
    BulletedEntry,
    Breadcrumb,
    SectionMenu,
    SectionTrail,
    MenuColumn,
    TruncatedTeaser,
    RankedEntry,
    EditionSwitch,
    MarkupNavigation,
    // Licensing terms (licensing.rs).
    LicensingTerms,
    BroadcastTerms,
    LicensingBlock,
}

impl Rule {
    /// The kind of furniture the rule finds.
    pub fn reason(self) -> SkipReason {
        use Rule::*;
        match self {
            SponsoredLabel
            | AdSlotLabel
            | SponsorLine
            | SponsorLabel
            | AdWidgetLabel
            | InsideSponsoredContent
            | InsideAdSlot
            | PromotedLink
            | TextAd => SkipReason::Advertisement,
            SymbolsOnly | StarRating | LoneNumber | SiteWord | SiteButtons
            | SiteFurnitureOpening | SectionLabel | CookieBanner | CopyrightNotice
            | NewsletterSignUp | NewsletterFormula | Pitch | ReadingTime | EditorsNote
            | ReferenceLabel | ReferenceUnderLabel | PaperReference | DataPanel | Salutation
            | CommentsLink | CommentsOpener | CommentsWidget | ReaderComment | MarkupAside
            | Masthead | PageFooter => SkipReason::Boilerplate,
            ByLine | AgencyByline | TranslatorCredit | WriterAndPost | ContactLine
            | SpeakerLabel | NameBesideDate | NameAbovePost | PostBesideByline | AuthorNote
            | LetterSignature | LetterWriterNote | CommenterName | MarkupByline => {
                SkipReason::Byline
            }
            CaptionLabel | CaptionWithCredit | CaptionAboveCredit | PhotoLabel | AudioCue
            | MarkupCaption => SkipReason::Caption,
            CreditLine | LoneCredit => SkipReason::Credit,
            PublicationDate | WriterAndDate | AmendedNotice | PrintEdition | MatchMinute
            | WireDateline | UpdateStamp | MarkupDate => SkipReason::Dateline,
            Repeat | PullQuote => SkipReason::Duplicate,
            ListTitle | LinkLine | LinkUnderTitle | BulletedEntry | Breadcrumb | SectionMenu
            | SectionTrail | MenuColumn | TruncatedTeaser | RankedEntry | EditionSwitch
            | MarkupNavigation => SkipReason::Navigation,
            LicensingTerms | BroadcastTerms | LicensingBlock => SkipReason::Restriction,
        }
    }

    /// What made the text furniture, for the reader.
    pub fn message(self) -> &'static str {
        use Rule::*;
        match self {
            SponsoredLabel => "marks sponsored content",
            AdSlotLabel => "marks an advertising slot",
            SponsorLine => "a sponsor's line",
            SponsorLabel => "a sponsor's label",
            AdWidgetLabel => "labels a recommendation or ad widget",
            InsideSponsoredContent => "inside sponsored content",
            InsideAdSlot => "inside an advertising slot",
            PromotedLink => "a promoted link and its source",
            TextAd => "a text ad under its label",
            SymbolsOnly => "a line of symbols only",
            StarRating => "a star rating",
            LoneNumber => "a lone number: a footnote or list marker",
            SiteWord => "a lone site-furniture word",
            SiteButtons => "site buttons on one line",
            SiteFurnitureOpening => "site furniture (copyright, subscription, cookies)",
            SectionLabel => "a section label",
            CookieBanner => "a cookie-consent banner",
            CopyrightNotice => "a copyright notice",
            NewsletterSignUp => "a newsletter sign-up",
            NewsletterFormula => "a newsletter's greeting or sign-off",
            Pitch => "a subscription or donation pitch",
            ReadingTime => "a reading-time line",
            EditorsNote => "an editor's note on the story itself",
            ReferenceLabel => "labels a reference block",
            ReferenceUnderLabel => "a reference under its label",
            PaperReference => "a reference to a published paper",
            DataPanel => "a data panel (scores, prices)",
            Salutation => "a letter's salutation",
            CommentsLink => "a comments link or count",
            CommentsOpener => "opens the reader comments",
            CommentsWidget => "the comments widget",
            ReaderComment => "a reader's comment",
            MarkupAside => "set beside the article in the page's markup",
            Masthead => "the site's name above its menu",
            PageFooter => "page footer: no article text follows",
            ByLine => "names the reporter",
            AgencyByline => "names the news agency that filed the story",
            TranslatorCredit => "credits the translator",
            WriterAndPost => "names the writer and their post",
            ContactLine => "how to reach the writer",
            SpeakerLabel => "a transcript speaker's label",
            NameBesideDate => "a name beside the date",
            NameAbovePost => "the writer's name above their post",
            PostBesideByline => "the writer's post beside the byline",
            AuthorNote => "an author's note about the byline's writer",
            LetterSignature => "a letter's signature",
            LetterWriterNote => "a note on the letter's writer",
            CommenterName => "a commenter's name",
            MarkupByline => "the writer's name in the page's markup",
            CaptionLabel => "labelled as a photo caption",
            CaptionWithCredit => "ends with a photo credit",
            CaptionAboveCredit => "sits directly above a photo credit",
            PhotoLabel => "a photo label under the headline",
            AudioCue => "an audio cue in a transcript",
            MarkupCaption => "a figure's caption in the page's markup",
            CreditLine => "a photo or video credit",
            LoneCredit => "a photo credit on its own",
            PublicationDate => "a publication date or time",
            WriterAndDate => "the writer and the date on one line",
            AmendedNotice => "a correction or publication notice",
            PrintEdition => "a print-edition line",
            MatchMinute => "a live commentary's minute",
            WireDateline => "a wire dateline",
            UpdateStamp => "the time stamp of a live update",
            MarkupDate => "the date in the page's markup",
            Repeat => "repeats a headline or caption printed above",
            PullQuote => "a pull quote repeating the article",
            ListTitle => "a menu or link-list title",
            LinkLine => "a link or teaser line",
            LinkUnderTitle => "a link under a link-list title",
            BulletedEntry => "a short bulleted menu entry",
            Breadcrumb => "a breadcrumb or section trail",
            SectionMenu => "a menu of the site's sections",
            SectionTrail => "a section trail or link list",
            MenuColumn => "a menu set one item per line",
            TruncatedTeaser => "a truncated teaser of another story",
            RankedEntry => "an entry of a ranked list of stories",
            EditionSwitch => "switches the site's edition",
            MarkupNavigation => {
                "a menu, link list, share bar or comment thread in the page's markup"
            }
            LicensingTerms => "licensing terms",
            BroadcastTerms => "broadcast or licensing terms",
            LicensingBlock => "continues a block of licensing terms",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Rule::{self, *};

    /// Every rule.
    const ALL: [Rule; 82] = [
        SponsoredLabel,
        AdSlotLabel,
        SponsorLine,
        SponsorLabel,
        AdWidgetLabel,
        InsideSponsoredContent,
        InsideAdSlot,
        PromotedLink,
        TextAd,
        SymbolsOnly,
        StarRating,
        LoneNumber,
        SiteWord,
        SiteButtons,
        SiteFurnitureOpening,
        SectionLabel,
        CookieBanner,
        CopyrightNotice,
        NewsletterSignUp,
        NewsletterFormula,
        Pitch,
        ReadingTime,
        EditorsNote,
        ReferenceLabel,
        ReferenceUnderLabel,
        PaperReference,
        DataPanel,
        Salutation,
        CommentsLink,
        CommentsOpener,
        CommentsWidget,
        ReaderComment,
        MarkupAside,
        Masthead,
        PageFooter,
        ByLine,
        AgencyByline,
        TranslatorCredit,
        WriterAndPost,
        ContactLine,
        SpeakerLabel,
        NameBesideDate,
        NameAbovePost,
        PostBesideByline,
        AuthorNote,
        LetterSignature,
        LetterWriterNote,
        CommenterName,
        MarkupByline,
        CaptionLabel,
        CaptionWithCredit,
        CaptionAboveCredit,
        PhotoLabel,
        AudioCue,
        MarkupCaption,
        CreditLine,
        LoneCredit,
        PublicationDate,
        WriterAndDate,
        AmendedNotice,
        PrintEdition,
        MatchMinute,
        WireDateline,
        UpdateStamp,
        MarkupDate,
        Repeat,
        PullQuote,
        ListTitle,
        LinkLine,
        LinkUnderTitle,
        BulletedEntry,
        Breadcrumb,
        SectionMenu,
        SectionTrail,
        MenuColumn,
        TruncatedTeaser,
        RankedEntry,
        EditionSwitch,
        MarkupNavigation,
        LicensingTerms,
        BroadcastTerms,
        LicensingBlock,
    ];

    /// A reader tells the rules apart by their messages: no two rules share
    /// one, and no message is empty.
    #[test]
    fn each_rule_has_a_message_of_its_own() {
        let messages: std::collections::HashSet<&str> =
            ALL.iter().map(|rule| rule.message()).collect();
        assert_eq!(messages.len(), ALL.len());
        assert!(messages.iter().all(|m| !m.is_empty()));
    }
}
