//! The page's structure: text plus block hints.
//!
//! An HTML page (a file, a paste carrying `text/html`, the host page of the
//! `<claim-lens>` widget) says what each block is: `<h1>`, `<figcaption>`,
//! `<nav>`, `<aside>`, `<blockquote>`, `<time>`, `rel="author"`. The
//! [`PageBuilder`] is fed a walk over the page's elements (start, text, end:
//! the native HTML reader's tokens or the browser's DOM) and writes the text
//! a reader sees, one block to a paragraph, with a [`Block`] for each
//! paragraph naming its role where the markup gives one. The furniture rules
//! weigh those roles as evidence (src/furniture.rs).
//!
//! Plain Rust, no DOM types: both walks drive the same builder, so the text
//! and the hints are the same whichever parser read the page.

use serde::{Deserialize, Serialize};

use crate::layout::Line;
use crate::Span;

/// What the markup says a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockRole {
    /// The page's title (`<h1>`).
    Headline,
    /// A heading inside the page (`<h2>` to `<h6>`).
    Subhead,
    /// A figure's caption or credit (`<figcaption>`, text inside `<figure>`).
    Caption,
    /// Menus, link lists, share bars, comment threads, page footers.
    Navigation,
    /// Set beside the article (`<aside>`): sidebars, pull quotes, fact boxes.
    Aside,
    /// The writer's name (`rel="author"`, `<address>`, a byline class).
    Byline,
    /// The date (`<time>`, a dateline or timestamp class).
    Dateline,
    /// A quotation set off as a block (`<blockquote>`).
    Quote,
    /// An item of a list (`<li>`).
    ListItem,
}

impl BlockRole {
    /// Every role, in the order of [`BlockRole::NAMES`].
    pub const ALL: [BlockRole; 9] = [
        BlockRole::Headline,
        BlockRole::Subhead,
        BlockRole::Caption,
        BlockRole::Navigation,
        BlockRole::Aside,
        BlockRole::Byline,
        BlockRole::Dateline,
        BlockRole::Quote,
        BlockRole::ListItem,
    ];

    /// The roles' names as JSON and JavaScript write them.
    pub const NAMES: [&'static str; 9] = [
        "headline",
        "subhead",
        "caption",
        "navigation",
        "aside",
        "byline",
        "dateline",
        "quote",
        "list_item",
    ];

    /// The role a name in [`BlockRole::NAMES`] stands for.
    pub fn named(name: &str) -> Option<BlockRole> {
        let at = Self::NAMES.iter().position(|n| *n == name)?;
        Some(Self::ALL[at])
    }
}

/// One block of a page's text: a paragraph, heading, list item or caption,
/// with its role where the markup gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub role: Option<BlockRole>,
}

/// The role of the block each line lies in (empty when there are no
/// blocks). Both lists run in text order: one pass.
pub(crate) fn line_roles(lines: &[Line], blocks: &[Block]) -> Vec<Option<BlockRole>> {
    if blocks.is_empty() {
        return Vec::new();
    }
    let mut blocks = blocks.iter().peekable();
    lines
        .iter()
        .map(|line| {
            while blocks.next_if(|b| b.span.end <= line.span.start).is_some() {}
            blocks
                .peek()
                .filter(|b| b.span.start <= line.span.start)
                .and_then(|b| b.role)
        })
        .collect()
}

/// The text of a page and its blocks, in order, separated by blank lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    pub text: String,
    pub blocks: Vec<Block>,
}

/// How deep elements nest before deeper ones are attached to the nearest
/// allowed ancestor, as browsers do (Chromium and Firefox cap at 512).
pub const MAX_DEPTH: usize = 512;

/// An element as the walk sees it: its name in lower case and the few
/// attributes that say what it is for. Attribute values are evidence only:
/// they never become text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Element<'a> {
    pub name: &'a str,
    pub class: &'a str,
    pub id: &'a str,
    /// The ARIA `role` attribute.
    pub role: &'a str,
    pub rel: &'a str,
    pub itemprop: &'a str,
    /// `hidden`, `aria-hidden="true"` or an inline `display:none`: not shown,
    /// so not part of what a reader pastes.
    pub hidden: bool,
}

/// What an element does to the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Its content is never text: script, style, template, svg, forms' controls.
    Skip,
    /// Starts and ends a block.
    Block,
    /// Ends a line inside its block (a table row).
    Row,
    /// A cell: a space between its text and its neighbours'.
    Cell,
    /// Inline: text flows through it.
    Inline,
}

fn kind(name: &str) -> Kind {
    match name {
        "script" | "style" | "template" | "noscript" | "svg" | "math" | "head" | "title"
        | "iframe" | "object" | "embed" | "canvas" | "video" | "audio" | "picture" | "select"
        | "option" | "optgroup" | "datalist" | "textarea" | "button" | "input" | "dialog"
        | "map" | "noembed" | "noframes" | "xmp" | "plaintext" => Kind::Skip,
        "address" | "article" | "aside" | "blockquote" | "body" | "center" | "dd" | "details"
        | "dir" | "div" | "dl" | "dt" | "fieldset" | "figcaption" | "figure" | "footer"
        | "form" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header" | "hgroup" | "hr"
        | "html" | "legend" | "li" | "main" | "menu" | "nav" | "ol" | "p" | "pre" | "section"
        | "summary" | "table" | "caption" | "ul" | "frameset" => Kind::Block,
        "tr" => Kind::Row,
        "td" | "th" => Kind::Cell,
        _ => Kind::Inline,
    }
}

/// Elements that have no content and no end tag.
pub fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "basefont"
            | "bgsound"
            | "frame"
    )
}

/// Words in class names and ids that name a piece of page furniture the same
/// way on news sites everywhere ("related-stories", "share-bar",
/// "comments", "c-byline"), with the role they give.
fn role_of_word(word: &str) -> Option<BlockRole> {
    Some(match word {
        "nav" | "navbar" | "navigation" | "menu" | "breadcrumb" | "breadcrumbs" | "related"
        | "recirc" | "recirculation" | "trending" | "popular" | "mostread" | "share"
        | "sharing" | "social" | "sharebar" | "toolbar" | "pagination" | "comments" | "comment"
        | "disqus" | "newsletter" | "subscribe" | "signup" | "promo" | "outbrain" | "taboola"
        | "footer" | "masthead" | "tags" | "cookie" | "consent" | "advertisement" | "ad"
        | "ads" | "advert" | "sponsored" | "sponsor" | "paywall" | "teaser" | "teasers"
        | "modal" | "popup" | "overlay" | "lightbox" => BlockRole::Navigation,
        "sidebar" | "rail" | "aside" | "pullquote" => BlockRole::Aside,
        "caption" | "figcaption" | "credit" | "credits" => BlockRole::Caption,
        "byline" | "author" | "authors" | "contributor" => BlockRole::Byline,
        "dateline" | "timestamp" | "pubdate" | "published" | "updated" => BlockRole::Dateline,
        _ => return None,
    })
}

/// The role a class list or id gives an element. A name's words are split
/// at `-`, `_` and `:`; a short prefix ("c-", "l-", "js-") is passed over,
/// and only the first or last word counts ("related-stories",
/// "article-share"): a word in the middle describes a layout
/// ("panel-layout-two-col-sidebar-right"), and a modifier that negates or
/// describes its container ("has-sidebar", "no-comments") gives none.
fn role_of_names(class: &str, id: &str) -> Option<BlockRole> {
    class
        .split_ascii_whitespace()
        .chain((!id.is_empty()).then_some(id))
        .take(32)
        .find_map(|name| {
            let words: Vec<String> = name
                .split(['-', '_', ':'])
                .filter(|w| !w.is_empty())
                .take(12)
                .map(|w| w.to_ascii_lowercase())
                .collect();
            let skip = words
                .iter()
                .take_while(|w| w.len() <= 2 || w.as_str() == "js")
                .count();
            let words = &words[skip.min(words.len())..];
            let first = words.first()?;
            if matches!(first.as_str(), "has" | "no" | "with" | "without" | "is") {
                return None;
            }
            role_of_word(first).or_else(|| role_of_word(words.last()?))
        })
}

/// The role an element gives the blocks inside it, if any. `container`
/// roles hold other blocks (a `<nav>` of lists); the others name the block
/// itself.
fn role_of(e: &Element) -> Option<BlockRole> {
    let by_name = match e.name {
        "h1" => Some(BlockRole::Headline),
        "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockRole::Subhead),
        "figure" | "figcaption" => Some(BlockRole::Caption),
        "nav" | "menu" | "footer" => Some(BlockRole::Navigation),
        "aside" => Some(BlockRole::Aside),
        "address" => Some(BlockRole::Byline),
        "time" => Some(BlockRole::Dateline),
        "blockquote" => Some(BlockRole::Quote),
        "li" | "dt" | "dd" => Some(BlockRole::ListItem),
        _ => None,
    };
    let by_aria = match e.role {
        "navigation" | "menu" | "menubar" | "contentinfo" | "banner" | "search" => {
            Some(BlockRole::Navigation)
        }
        "complementary" => Some(BlockRole::Aside),
        "heading" => Some(BlockRole::Subhead),
        _ => None,
    };
    let by_rel = e
        .rel
        .split_ascii_whitespace()
        .any(|r| r.eq_ignore_ascii_case("author"))
        .then_some(BlockRole::Byline);
    let by_itemprop = match e.itemprop {
        "author" | "creator" => Some(BlockRole::Byline),
        "datePublished" | "dateModified" | "dateCreated" => Some(BlockRole::Dateline),
        "caption" => Some(BlockRole::Caption),
        _ => None,
    };
    by_name.or(by_aria).or(by_rel).or(by_itemprop)
}

/// The role an element's class or id suggests. Weaker evidence than its
/// name: the page's own containers (`<body class="... sidebar-right">`) say
/// nothing by theirs, and a region named so that holds most of the page's
/// prose is not furniture ([`PageBuilder::finish`]).
fn role_of_class(e: &Element) -> Option<BlockRole> {
    if matches!(e.name, "html" | "body" | "main" | "article") {
        return None;
    }
    role_of_names(e.class, e.id)
}

/// Roles that set a whole region aside: inside one, every block takes it.
fn is_region(role: BlockRole) -> bool {
    matches!(
        role,
        BlockRole::Navigation | BlockRole::Aside | BlockRole::Caption
    )
}

/// One open element.
#[derive(Clone, Debug)]
struct Frame {
    /// The element's name (for matching end tags).
    name: Box<str>,
    kind: Kind,
    /// Content under it is not text.
    skip: bool,
    /// The outermost furniture region it sits in, if any.
    region: Option<BlockRole>,
    /// When that region is named only by a class or id: its number, so that
    /// it can be cancelled.
    weak_region: Option<usize>,
    /// The outermost region named by the markup itself (`<nav>`, `<aside>`,
    /// `<figure>`, an ARIA role).
    strong_region: Option<BlockRole>,
    /// The innermost role of a block-level element it sits in.
    block_role: Option<BlockRole>,
    /// The role of the inline element it sits in (a byline's link, a `<time>`).
    inline_role: Option<BlockRole>,
    /// Inside a link.
    link: bool,
    /// Inside foreign content (svg, math): a self-closing tag has no content.
    foreign: bool,
}

/// The block being written.
#[derive(Debug, Default)]
struct OpenBlock {
    start: usize,
    role: Option<BlockRole>,
    /// The weak region it lies in, and its role without it.
    weak_region: Option<usize>,
    fallback: Option<BlockRole>,
    chars: usize,
    link_chars: usize,
    /// Characters under an inline byline or dateline element, and its role.
    inline_chars: usize,
    inline_role: Option<BlockRole>,
}

/// Writes a page's text and blocks from a walk over its elements. Cost is
/// linear in the walk: each element is looked at once, nesting is capped at
/// [`MAX_DEPTH`], and an end tag looks for its element among at most that
/// many open ones.
#[derive(Debug, Default)]
pub struct PageBuilder {
    text: String,
    blocks: Vec<Block>,
    stack: Vec<Frame>,
    open: Option<OpenBlock>,
    /// A space is owed before the next visible character.
    space: bool,
    /// Open `<p>` and `<li>` elements: an implied end needs a search only
    /// when there is one to end.
    open_p: usize,
    open_li: usize,
    /// Weak regions opened so far.
    weak_regions: usize,
    /// Per block: its weak region, its role without it, its prose characters.
    weak: Vec<(Option<usize>, Option<BlockRole>, usize)>,
}

impl PageBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    fn top(&self) -> Option<&Frame> {
        self.stack.last()
    }

    fn skipping(&self) -> bool {
        self.top().is_some_and(|f| f.skip)
    }

    /// An element starts. `closes_implied` ends an open `<p>` (or `<li>`)
    /// the way an HTML parser does when a block starts inside it; the DOM
    /// walk, whose tree is already built, passes `false`.
    pub fn start(&mut self, e: &Element, closes_implied: bool) {
        let name = e.name;
        let foreign = self.top().is_some_and(|f| f.foreign);
        if name == "br" {
            self.line_break();
            return;
        }
        if name == "hr" {
            self.end_block();
            return;
        }
        if is_void(name) {
            return;
        }
        let kind = if foreign { Kind::Skip } else { kind(name) };
        if closes_implied {
            if kind == Kind::Block && self.open_p > 0 {
                self.close_implied("p", &["table", "td", "th", "button", "template"]);
            }
            if name == "li" && self.open_li > 0 {
                self.close_implied("li", &["ul", "ol", "menu"]);
            }
        }
        if self.stack.len() >= MAX_DEPTH {
            // Deeper content is attached to the nearest allowed ancestor:
            // the deepest open element closes first.
            self.pop();
        }
        let parent = self.top().cloned();
        let strong = if e.hidden { None } else { role_of(e) };
        let weak = if e.hidden || strong.is_some() {
            None
        } else {
            role_of_class(e)
        };
        let role = strong.or(weak);
        let inherited = parent.as_ref().and_then(|p| p.region);
        let region = inherited.or(role.filter(|r| is_region(*r)));
        let weak_region = match parent.as_ref() {
            Some(p) if p.region.is_some() => p.weak_region,
            _ if weak.is_some_and(is_region) => {
                self.weak_regions += 1;
                Some(self.weak_regions)
            }
            _ => None,
        };
        let strong_region = parent
            .as_ref()
            .and_then(|p| p.strong_region)
            .or(strong.filter(|r| is_region(*r)));
        let (block_role, inline_role) = match kind {
            Kind::Block => (role.or(parent.as_ref().and_then(|p| p.block_role)), None),
            _ => (
                parent.as_ref().and_then(|p| p.block_role),
                role.filter(|r| matches!(r, BlockRole::Byline | BlockRole::Dateline))
                    .or(parent.as_ref().and_then(|p| p.inline_role)),
            ),
        };
        let frame = Frame {
            name: name.into(),
            kind,
            skip: e.hidden || kind == Kind::Skip || parent.as_ref().is_some_and(|p| p.skip),
            region,
            weak_region,
            strong_region,
            block_role,
            inline_role,
            link: name == "a" || parent.as_ref().is_some_and(|p| p.link),
            foreign: foreign || matches!(name, "svg" | "math"),
        };
        if matches!(kind, Kind::Block | Kind::Row) && !frame.skip {
            self.end_block();
        }
        if kind == Kind::Cell {
            self.space = true;
        }
        self.open_p += usize::from(name == "p");
        self.open_li += usize::from(name == "li");
        self.stack.push(frame);
    }

    /// An element that the markup says has no content: `<br/>` ends a line;
    /// any other self-closing element opens and closes at once.
    pub fn start_empty(&mut self, e: &Element) {
        if e.name == "br" || e.name == "hr" || is_void(e.name) {
            self.start(e, true);
            return;
        }
        // In foreign content (svg, math) `<x/>` is an empty element; in HTML
        // the slash means nothing, but an empty start-and-end is the safe
        // reading either way: no text is lost, none is invented.
        self.start(e, true);
        self.end(e.name);
    }

    /// Ends the innermost open `name` element if one is open before any of
    /// the `scope` elements.
    fn close_implied(&mut self, name: &str, scope: &[&str]) {
        let at = self
            .stack
            .iter()
            .rposition(|f| &*f.name == name || scope.contains(&&*f.name));
        if let Some(at) = at {
            if &*self.stack[at].name == name {
                while self.stack.len() > at {
                    self.pop();
                }
            }
        }
    }

    /// An element ends. An end tag with no open element of its name is
    /// ignored, as parsers do; one whose element is open ends every element
    /// opened inside it.
    pub fn end(&mut self, name: &str) {
        if name == "br" {
            self.line_break();
            return;
        }
        if let Some(at) = self.stack.iter().rposition(|f| &*f.name == name) {
            while self.stack.len() > at {
                self.pop();
            }
        }
    }

    fn pop(&mut self) {
        if let Some(frame) = self.stack.pop() {
            self.open_p -= usize::from(&*frame.name == "p");
            self.open_li -= usize::from(&*frame.name == "li");
            match frame.kind {
                Kind::Block if !frame.skip => self.end_block(),
                Kind::Row if !frame.skip => self.line_break(),
                Kind::Cell => self.space = true,
                _ => {}
            }
        }
    }

    /// Text inside the current element. Runs of blank characters collapse to
    /// one space, as a browser shows them.
    pub fn text(&mut self, s: &str) {
        if self.skipping() {
            return;
        }
        let (link, inline_role) = self
            .top()
            .map_or((false, None), |f| (f.link, f.inline_role));
        for c in s.chars() {
            if c.is_whitespace() || c == '\0' {
                self.space = true;
                continue;
            }
            self.open_block();
            if self.space {
                if !self.text.ends_with(['\n', ' ']) && !self.at_block_start() {
                    self.text.push(' ');
                }
                self.space = false;
            }
            self.text.push(c);
            if let Some(b) = &mut self.open {
                b.chars += 1;
                b.link_chars += usize::from(link);
                if inline_role.is_some() {
                    b.inline_chars += 1;
                    b.inline_role = inline_role;
                }
            }
        }
    }

    fn at_block_start(&self) -> bool {
        self.open
            .as_ref()
            .is_some_and(|b| b.start == self.text.len())
    }

    fn open_block(&mut self) {
        if self.open.is_some() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let top = self.top();
        let role = top.and_then(|f| f.region.or(f.block_role));
        let weak_region = top.and_then(|f| f.weak_region);
        let fallback = top.and_then(|f| f.strong_region.or(f.block_role));
        self.open = Some(OpenBlock {
            start: self.text.len(),
            role,
            weak_region,
            fallback,
            ..OpenBlock::default()
        });
        self.space = false;
    }

    fn line_break(&mut self) {
        if self.skipping() {
            return;
        }
        if self.open.as_ref().is_some_and(|b| b.chars > 0) && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.space = false;
    }

    fn end_block(&mut self) {
        self.space = false;
        let Some(b) = self.open.take() else {
            return;
        };
        let trimmed = self.text.trim_end_matches(['\n', ' ']).len();
        self.text.truncate(trimmed);
        if b.chars == 0 {
            return;
        }
        let all_links = b.link_chars * 10 >= b.chars * 9;
        let prose = if b.chars >= 80 && b.link_chars * 2 < b.chars {
            b.chars
        } else {
            0
        };
        self.weak.push((b.weak_region, b.fallback, prose));
        let role = match b.role {
            // A link list set beside the article is a link list.
            Some(BlockRole::Aside) if all_links => Some(BlockRole::Navigation),
            // A region's own role (a nav, an aside, a figure) is the block's.
            Some(r) if is_region(r) => Some(r),
            // A block that is all one link is a link to elsewhere: a teaser,
            // a "Read more", a menu entry. A heading that is all link is a
            // linked title, the same.
            Some(BlockRole::ListItem | BlockRole::Subhead) | None if all_links => {
                Some(BlockRole::Navigation)
            }
            // A byline's or a date's element filling most of a plain block.
            None if b.inline_chars * 2 >= b.chars => b.inline_role,
            other => other,
        };
        self.blocks.push(Block {
            span: Span::new(b.start, self.text.len()),
            role,
        });
    }

    /// Ends every open element and returns the page. A region named only by
    /// a class or id that holds most of the page's prose is the article's
    /// container, whatever its name says: its blocks take their roles
    /// without it.
    pub fn finish(mut self) -> Page {
        while !self.stack.is_empty() {
            self.pop();
        }
        self.end_block();
        let total: usize = self.weak.iter().map(|w| w.2).sum();
        let mut held = vec![0usize; self.weak_regions + 1];
        for &(region, _, prose) in &self.weak {
            if let Some(r) = region {
                held[r] += prose;
            }
        }
        for (block, &(region, fallback, _)) in self.blocks.iter_mut().zip(&self.weak) {
            if region.is_some_and(|r| held[r] * 2 > total) {
                block.role = fallback;
            }
        }
        Page {
            text: self.text,
            blocks: self.blocks,
        }
    }
}

/// An inline style that hides the element.
pub fn is_display_none(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `named` reads the names serde writes, and only those.
    #[test]
    fn role_names_are_serdes() {
        for role in BlockRole::ALL {
            let json = serde_json::to_string(&role).unwrap();
            let name = json.trim_matches('"');
            assert_eq!(BlockRole::named(name), Some(role), "{name}");
            assert_eq!(serde_json::from_str::<BlockRole>(&json).unwrap(), role);
        }
        assert_eq!(BlockRole::named("Headline"), None);
        assert_eq!(BlockRole::named("list-item"), None);
    }

    fn el(name: &str) -> Element<'_> {
        Element {
            name,
            ..Element::default()
        }
    }

    /// A tiny tree walk: `("tag", children)` nodes and text leaves.
    enum Node {
        E(&'static str, &'static str, Vec<Node>),
        T(&'static str),
    }
    use Node::{E, T};

    fn walk(b: &mut PageBuilder, n: &Node) {
        match n {
            E(name, class, children) => {
                b.start(
                    &Element {
                        name,
                        class,
                        ..Element::default()
                    },
                    false,
                );
                children.iter().for_each(|c| walk(b, c));
                b.end(name);
            }
            T(s) => b.text(s),
        }
    }

    fn page(n: Node) -> Page {
        let mut b = PageBuilder::new();
        walk(&mut b, &n);
        b.finish()
    }

    fn roles(p: &Page) -> Vec<(&str, Option<BlockRole>)> {
        p.blocks
            .iter()
            .map(|b| (b.span.of(&p.text), b.role))
            .collect()
    }

    #[test]
    fn blocks_are_paragraphs_with_their_roles() {
        let p = page(E(
            "article",
            "",
            vec![
                E("h1", "", vec![T("Port deal nears")]),
                E("p", "c-byline", vec![T("By Ann Lee")]),
                E(
                    "figure",
                    "",
                    vec![E("figcaption", "", vec![T("The port at dawn.")])],
                ),
                E(
                    "p",
                    "",
                    vec![T("  The port  is\n for sale, "), T("people said. ")],
                ),
                E(
                    "aside",
                    "",
                    vec![E("ul", "", vec![E("li", "", vec![T("Other story")])])],
                ),
                E("h2", "", vec![T("What next")]),
                E("blockquote", "", vec![T("We will see.")]),
            ],
        ));
        assert_eq!(
            p.text,
            "Port deal nears\n\nBy Ann Lee\n\nThe port at dawn.\n\n\
             The port is for sale, people said.\n\nOther story\n\nWhat next\n\nWe will see."
        );
        assert_eq!(
            roles(&p),
            [
                ("Port deal nears", Some(BlockRole::Headline)),
                ("By Ann Lee", Some(BlockRole::Byline)),
                ("The port at dawn.", Some(BlockRole::Caption)),
                ("The port is for sale, people said.", None),
                ("Other story", Some(BlockRole::Aside)),
                ("What next", Some(BlockRole::Subhead)),
                ("We will see.", Some(BlockRole::Quote)),
            ]
        );
    }

    #[test]
    fn a_block_that_is_all_link_is_a_link_list_entry() {
        let p = page(E(
            "div",
            "",
            vec![
                E(
                    "ul",
                    "",
                    vec![E(
                        "li",
                        "",
                        vec![E("a", "", vec![T("The mayor resigned on Monday.")])],
                    )],
                ),
                E(
                    "p",
                    "",
                    vec![
                        T("The council met, "),
                        E("a", "", vec![T("the record")]),
                        T(" shows."),
                    ],
                ),
            ],
        ));
        assert_eq!(
            roles(&p),
            [
                ("The mayor resigned on Monday.", Some(BlockRole::Navigation)),
                ("The council met, the record shows.", None),
            ]
        );
    }

    #[test]
    fn skipped_content_and_attributes_never_become_text() {
        let p = page(E(
            "body",
            "",
            vec![
                E("script", "", vec![T("alert(1)")]),
                E("style", "", vec![T("p{}")]),
                E("template", "", vec![E("p", "", vec![T("hidden")])]),
                E("svg", "", vec![E("text", "", vec![T("icon")])]),
                E("p", "", vec![T("Shown.")]),
            ],
        ));
        assert_eq!(p.text, "Shown.");
    }

    #[test]
    fn class_words_name_furniture_but_not_modifiers() {
        assert_eq!(
            role_of_names("c-related-stories", ""),
            Some(BlockRole::Navigation)
        );
        assert_eq!(role_of_names("article has-sidebar", ""), None);
        assert_eq!(role_of_names("", "comments"), Some(BlockRole::Navigation));
        assert_eq!(role_of_names("article-body", ""), None);
    }

    #[test]
    fn nesting_is_capped_and_cost_stays_linear() {
        let mut b = PageBuilder::new();
        for _ in 0..100_000 {
            b.start(&el("div"), true);
            b.text("x ");
        }
        b.start(&el("script"), true);
        b.text("alert(1)");
        b.end("script");
        for _ in 0..100_000 {
            b.end("div");
        }
        let p = b.finish();
        assert!(!p.text.contains("alert"));
        assert_eq!(p.text.matches('x').count(), 100_000);
    }

    #[test]
    fn implied_ends_close_paragraphs_and_items() {
        let mut b = PageBuilder::new();
        b.start(&el("p"), true);
        b.text("One.");
        b.start(&el("p"), true);
        b.text("Two.");
        b.start(&el("ul"), true);
        b.start(&el("li"), true);
        b.text("a");
        b.start(&el("li"), true);
        b.text("b");
        let p = b.finish();
        assert_eq!(p.text, "One.\n\nTwo.\n\na\n\nb");
        assert_eq!(p.blocks.len(), 4);
    }
}
