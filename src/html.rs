//! Reading an HTML file (native builds only: the browser uses its own
//! parser, `DOMParser`, and walks the DOM in src/wasm/dom.rs).
//!
//! html5gum tokenizes (WHATWG-conformant, entities decoded, script, style
//! and other raw text kept apart by its state switching); the
//! [`PageBuilder`] does the little tree building a text reader needs: open
//! elements on a stack capped at 512, implied ends of `<p>` and `<li>`, end
//! tags matched to their open element. Every token is looked at once, so the
//! cost is linear in the input, where html5ever's tree builder is quadratic
//! in nesting depth (servo/html5ever#788).

use html5gum::{DefaultEmitter, Token, Tokenizer};

use crate::page::{Element, Page, PageBuilder};

/// Whether `bytes` look like an HTML document: a leading `<!doctype html`
/// or `<html` (after blanks and a byte-order mark), in any case.
pub fn looks_like_html(text: &str) -> bool {
    let head = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .as_bytes();
    let starts = |p: &[u8]| head.len() >= p.len() && head[..p.len()].eq_ignore_ascii_case(p);
    starts(b"<!doctype html") || starts(b"<html")
}

/// The longest attribute value read for a hint (a class list, an id): a
/// megabyte-long attribute costs its tokenizing, nothing more.
const MOST_ATTRIBUTE_BYTES: usize = 512;

/// Reads an HTML page into its text and block hints.
pub fn read(html: &str) -> Page {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut builder = PageBuilder::new();
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = lower(&tag.name);
                let attr = |key: &str| -> String {
                    tag.attributes
                        .get(key.as_bytes())
                        .map(|v| {
                            let v = &v.value;
                            String::from_utf8_lossy(&v[..v.len().min(MOST_ATTRIBUTE_BYTES)])
                                .into_owned()
                        })
                        .unwrap_or_default()
                };
                let (class, id, role, rel, itemprop) = (
                    attr("class"),
                    attr("id"),
                    attr("role"),
                    attr("rel"),
                    attr("itemprop"),
                );
                let hidden = tag.attributes.contains_key(b"hidden".as_slice())
                    || attr("aria-hidden").eq_ignore_ascii_case("true")
                    || crate::page::is_display_none(&attr("style"));
                let element = Element {
                    name: &name,
                    class: &class,
                    id: &id,
                    role: &role,
                    rel: &rel,
                    itemprop: &itemprop,
                    hidden,
                };
                if tag.self_closing {
                    builder.start_empty(&element);
                } else {
                    builder.start(&element, true);
                }
            }
            Token::EndTag(tag) => builder.end(&lower(&tag.name)),
            Token::String(s) => builder.text(&String::from_utf8_lossy(&s.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    builder.finish()
}

fn lower(name: &[u8]) -> String {
    String::from_utf8_lossy(name).to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::BlockRole;

    #[test]
    fn detects_html_by_its_opening() {
        assert!(looks_like_html("\u{feff}  <!DOCTYPE html>\n<p>x"));
        assert!(looks_like_html("<HTML lang=en>"));
        assert!(!looks_like_html("The <html> tag opens a page."));
        assert!(!looks_like_html("<p>only a fragment"));
    }

    #[test]
    fn text_is_what_the_reader_sees() {
        let page = read(
            "<!doctype html><html><head><title>T</title><style>p{color:red}</style>\
             <script>var x = '<p>no</p>';</script></head><body>\
             <p class=lead>Caf&eacute; &amp; bar &lt;b&gt;not bold&lt;/b&gt; &#x263A;</p>\
             <!-- a comment --><p title=\"attr text\">Second <b>para</b><br>next line\
             <template><p>inert</p></template><noscript>enable js</noscript></body></html>",
        );
        assert_eq!(
            page.text,
            "Café & bar <b>not bold</b> ☺\n\nSecond para\nnext line"
        );
    }

    #[test]
    fn roles_come_from_the_markup() {
        let page = read(
            "<article><h1>Port deal nears</h1><p>By <a rel=author href=/a>Ann Lee</a></p>\
             <time datetime=2026-01-01>Jan. 1, 2026</time>\
             <figure><img src=x alt='alt text'><figcaption>The port at dawn.</figcaption></figure>\
             <p>The port is for sale, people said.<p>Talks could end this week.\
             <aside class=related><h3>Related</h3><ul><li><a href=/x>Other story is here.</a>\
             <li><a href=/y>Another story.</a></ul></aside></article>\
             <footer><p>About us</p></footer>",
        );
        let roles: Vec<(&str, Option<BlockRole>)> = page
            .blocks
            .iter()
            .map(|b| (b.span.of(&page.text), b.role))
            .collect();
        assert_eq!(
            roles,
            [
                ("Port deal nears", Some(BlockRole::Headline)),
                ("By Ann Lee", Some(BlockRole::Byline)),
                ("Jan. 1, 2026", Some(BlockRole::Dateline)),
                ("The port at dawn.", Some(BlockRole::Caption)),
                ("The port is for sale, people said.", None),
                ("Talks could end this week.", None),
                ("Related", Some(BlockRole::Aside)),
                ("Other story is here.", Some(BlockRole::Navigation)),
                ("Another story.", Some(BlockRole::Navigation)),
                ("About us", Some(BlockRole::Navigation)),
            ]
        );
    }

    #[test]
    fn hostile_markup_is_read_in_linear_time() {
        let deep = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        assert_eq!(read(&deep).text, "deep");
        let formatting = "<b><i><u>".repeat(30_000) + "x";
        assert_eq!(read(&formatting).text, "x");
        let attr = format!("<p class=\"{}\">ok</p>", "a".repeat(1 << 20));
        assert_eq!(read(&attr).text, "ok");
        let svg = "<p>a<svg><text>icon</text><script>alert(1)</script></svg> b</p>\
                   <math><mi>x</mi></math><p><a href='javascript:alert(1)'>link</a> text</p>";
        assert_eq!(read(svg).text, "a b\n\nlink text");
        let misnested = "<p>one <b>two <i>three</b> four</i> five</p><p>six";
        assert_eq!(read(misnested).text, "one two three four five\n\nsix");
    }
}
