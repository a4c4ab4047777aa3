//! The browser boundary for pages: walks a DOM through web-sys and hands
//! the [`PageBuilder`] its elements and text, as src/html.rs does natively
//! with html5gum's tokens.
//!
//! A pasted or dropped page is parsed by the browser's own `DOMParser` into
//! a document of its own, never into the live page: that document has no
//! browsing context, so its scripts never run and its images, styles and
//! frames never load. The walk runs where the DOM is, on the main thread (a
//! Worker has no `DOMParser`), and hands text and block hints to the
//! analysis worker, which calls `analyzePage`.
//!
//! Blocks cross to JavaScript as `{ start, end, role }` in UTF-16 code
//! units of the page's text, so that they slice it directly.

use js_sys::{Array, Number, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use crate::offsets::OffsetMap;
use crate::page::{self, Block, BlockRole, PageBuilder};
use crate::{OffsetUnit, Span};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export type BlockRole = "headline" | "subhead" | "caption" | "navigation" | "aside"
  | "byline" | "dateline" | "quote" | "list_item";

/** A block of a page's text, in UTF-16 offsets, with the role its markup gives it. */
export interface Block {
  start: number;
  end: number;
  role: BlockRole | null;
}

/** A page's text as a reader sees it, and its blocks. */
export interface Page {
  text: string;
  blocks: Block[];
}
"#;

#[derive(Serialize)]
struct BlockEntry {
    start: usize,
    end: usize,
    role: Option<BlockRole>,
}

#[derive(Serialize)]
struct PageEntry {
    text: String,
    blocks: Vec<BlockEntry>,
}

/// Reads an HTML document or fragment (a paste's `text/html`, a dropped
/// `.html` file) into its text and blocks. It is parsed with `DOMParser`
/// into a detached document: nothing in it runs or loads.
#[wasm_bindgen(js_name = readHtml, unchecked_return_type = "Page")]
pub fn read_html(html: &str) -> Result<JsValue, JsError> {
    let parser = DomParser::new().map_err(|_| JsError::new("claimlens: no DOMParser here"))?;
    let doc = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .map_err(|_| JsError::new("claimlens: the HTML could not be parsed"))?;
    let mut builder = PageBuilder::new();
    if let Some(root) = doc.document_element() {
        walk(&mut builder, &root);
    }
    page_to_js(builder.finish())
}

/// Reads an element of the live page (`<claim-lens for="...">`'s target)
/// into its text and blocks. The page's `<h1>`, when it stands outside the
/// element, comes first as the article's headline.
#[wasm_bindgen(js_name = readElement, unchecked_return_type = "Page")]
pub fn read_element(element: &Element) -> Result<JsValue, JsError> {
    let mut builder = PageBuilder::new();
    let outside_h1 = element
        .owner_document()
        .and_then(|d| d.query_selector("h1").ok().flatten())
        .filter(|h1| !element.contains(Some(h1)));
    if let Some(h1) = outside_h1 {
        walk(&mut builder, h1.as_ref());
    }
    walk(&mut builder, element.as_ref());
    page_to_js(builder.finish())
}

/// Analyses a page's text with its blocks (as `readHtml` or `readElement`
/// gave them, offsets in UTF-16 units).
#[wasm_bindgen(js_name = analyzePage, unchecked_return_type = "Document")]
pub fn analyze_page(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Block[]")] blocks: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions | null")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = crate::wasm::parse_options(&options)?;
    let text = crate::wasm::well_formed(&text)?;
    let entries = read_blocks(&blocks)?;
    let blocks = blocks_from_utf16(&text, &entries);
    let analysis =
        crate::analyze_blocks(&text, &blocks).map_err(|e| JsError::new(&e.to_string()))?;
    crate::wasm::to_js(&crate::Stream::new(&text, &analysis, options.offset_unit))
}

/// Reads `analyzePage`'s blocks: `undefined`, `null` or an array of
/// `{ start, end, role? }`, offsets in UTF-16 units. Read through js-sys
/// rather than serde-wasm-bindgen's deserializer: 4.9 KB less of the
/// gzipped module, and its messages no longer write floats, which kept
/// core's float formatter in (docs/benchmark.md, "size, ninth steps").
/// Keys other than the three are ignored, as they were.
fn read_blocks(value: &JsValue) -> Result<Vec<BlockEntry>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    if !Array::is_array(value) {
        return Err(JsError::new(&format!(
            "claimlens: blocks must be an array of {{ start, end, role }}, got {}",
            crate::wasm::type_name(value)
        )));
    }
    let blocks: &Array = value.unchecked_ref();
    let mut entries = Vec::with_capacity(blocks.length() as usize);
    for (at, block) in blocks.iter().enumerate() {
        if !block.is_object() || Array::is_array(&block) {
            return Err(JsError::new(&format!(
                "claimlens: blocks[{at}] must be an object like {{ start, end, role }}, got {}",
                crate::wasm::type_name(&block)
            )));
        }
        let field = |name: &str| {
            Reflect::get(&block, &JsValue::from_str(name)).map_err(|_| {
                JsError::new(&format!("claimlens: blocks[{at}].{name} could not be read"))
            })
        };
        let offset = |name: &str| -> Result<usize, JsError> {
            let value = field(name)?;
            match value.as_f64() {
                Some(n) if Number::is_safe_integer(&value) && n >= 0.0 => Ok(n as usize),
                _ => Err(JsError::new(&format!(
                    "claimlens: blocks[{at}].{name} must be a whole number of UTF-16 units, got {}",
                    crate::wasm::type_name(&value)
                ))),
            }
        };
        let (start, end) = (offset("start")?, offset("end")?);
        let role = field("role")?;
        let role = if role.is_undefined() || role.is_null() {
            None
        } else {
            let named = role.as_string().and_then(|name| BlockRole::named(&name));
            Some(named.ok_or_else(|| {
                JsError::new(&format!(
                    "claimlens: blocks[{at}].role must be null or one of {}",
                    BlockRole::NAMES.join(", ")
                ))
            })?)
        };
        entries.push(BlockEntry { start, end, role });
    }
    Ok(entries)
}

/// Walks `root` and everything under it, not its siblings, without
/// recursion (a DOM built by script can be deeper than the stack).
fn walk(builder: &mut PageBuilder, root: &Node) {
    let mut open: Vec<(Node, String)> = Vec::new();
    let mut next = Some(root.clone());
    loop {
        while let Some(node) = next.take() {
            match node.node_type() {
                Node::ELEMENT_NODE => {
                    let element: &Element = node.unchecked_ref();
                    let name = element.local_name().to_ascii_lowercase();
                    start(builder, element, &name);
                    if page::is_void(&name) {
                        next = if node == *root {
                            None
                        } else {
                            node.next_sibling()
                        };
                    } else {
                        next = node.first_child();
                        open.push((node, name));
                        if next.is_none() {
                            break;
                        }
                    }
                }
                Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                    if let Some(value) = node.node_value() {
                        builder.text(&value);
                    }
                    next = node.next_sibling();
                }
                _ => next = node.next_sibling(),
            }
        }
        let Some((node, name)) = open.pop() else {
            return;
        };
        builder.end(&name);
        if open.is_empty() && node == *root {
            return;
        }
        next = node.next_sibling();
    }
}

fn start(builder: &mut PageBuilder, element: &Element, name: &str) {
    let attr = |key: &str| element.get_attribute(key).unwrap_or_default();
    let (class, id, role, rel, itemprop) = (
        attr("class"),
        attr("id"),
        attr("role"),
        attr("rel"),
        attr("itemprop"),
    );
    let hidden = element.has_attribute("hidden")
        || attr("aria-hidden").eq_ignore_ascii_case("true")
        || crate::page::is_display_none(&attr("style"));
    builder.start(
        &page::Element {
            name,
            class: &class,
            id: &id,
            role: &role,
            rel: &rel,
            itemprop: &itemprop,
            hidden,
        },
        false,
    );
}

fn page_to_js(page: page::Page) -> Result<JsValue, JsError> {
    let map = OffsetMap::new(&page.text, OffsetUnit::Utf16);
    let blocks = page
        .blocks
        .iter()
        .map(|b| BlockEntry {
            start: map.get(b.span.start),
            end: map.get(b.span.end),
            role: b.role,
        })
        .collect();
    crate::wasm::to_js(&PageEntry {
        text: page.text,
        blocks,
    })
}

/// Blocks in UTF-16 offsets to byte spans of `text`. Offsets past the end
/// or inside a character are clamped: a block is a hint, never a cut.
fn blocks_from_utf16(text: &str, entries: &[BlockEntry]) -> Vec<Block> {
    let mut bytes = Vec::with_capacity(text.len() / 2);
    // UTF-16 index -> byte offset, one entry per UTF-16 unit plus the end.
    for (at, c) in text.char_indices() {
        for _ in 0..c.len_utf16() {
            bytes.push(at);
        }
    }
    bytes.push(text.len());
    let byte = |unit: usize| bytes.get(unit).copied().unwrap_or(text.len());
    entries
        .iter()
        .map(|e| {
            let (start, end) = (byte(e.start), byte(e.end));
            Block {
                span: Span::new(start.min(end), end),
                role: e.role,
            }
        })
        .collect()
}
