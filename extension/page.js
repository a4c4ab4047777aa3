// The extension's page side: finds the article, hands its markup to the
// panel (where the engine's DOM walk, readHtml, reads it in a detached
// document: nothing in it runs or loads), marks the claims in place and
// removes the marks. A classic script run in the
// extension's isolated world (chrome.scripting.executeScript); scripts/package
// wraps it in one function scope with www/page-context.js (pageContext).
// It loads nothing, sends nothing, and changes no element of the page other
// than the text nodes of the claims it wraps in <mark>s.

const ATTRIBUTE = "data-claimlens";
// What the engine's DOM walk (readHtml) leaves out of a page's text: the same
// nodes are left out here, so the walk's text and these text nodes hold the
// same characters in the same order.
const NOT_TEXT = "script, style, template, noscript, svg, math, [hidden], [aria-hidden=true i]";
// Where a <mark> may not go.
const NO_MARK = "textarea, select, option, button";

/** Length of the paragraph text inside an element. */
function paragraphText(element) {
  let n = 0;
  for (const p of element.querySelectorAll("p")) n += p.textContent.trim().length;
  return n;
}

/**
 * The page's main article element: the <article> (or articleBody) with the
 * most paragraph text, else <main>, else the element whose own paragraphs
 * hold the most text (the story's body on a page with no semantic markup),
 * else <body>.
 */
function findArticle(doc) {
  const most = (elements) => {
    let best = null;
    let size = 0;
    for (const element of elements) {
      const n = paragraphText(element);
      if (n > size) [best, size] = [element, n];
    }
    return size >= 200 ? best : null;
  };
  const article = most(doc.querySelectorAll("article, [itemprop~=articleBody]"));
  if (article) return article;
  const main = most(doc.querySelectorAll("main, [role=main]"));
  if (main) return main;
  const parents = new Map();
  for (const p of doc.querySelectorAll("p")) {
    const parent = p.parentElement;
    parents.set(parent, (parents.get(parent) || 0) + p.textContent.trim().length);
  }
  let best = null;
  let size = 0;
  for (const [parent, n] of parents) if (n > size) [best, size] = [parent, n];
  return best || doc.body;
}

/**
 * The elements the engine reads: the page's <h1> first when it stands
 * outside the article (as <claim-lens for> reads it: the article's
 * headline), then the article.
 */
function rootsOf(element) {
  const h1 = element.ownerDocument.querySelector("h1");
  return h1 && !element.contains(h1) ? [h1, element] : [element];
}

/** Hidden by its own markup, as the DOM walk reads it. */
function hiddenByMarkup(element) {
  const style = (element.getAttribute("style") || "").toLowerCase().replace(/\s/g, "");
  return style.includes("display:none") || style.includes("visibility:hidden");
}

/** The text nodes the DOM walk reads under `root`, in document order. */
function textNodes(root) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let e = node.parentElement; e; e = e === root ? null : e.parentElement) {
        if (e.matches(NOT_TEXT) || hiddenByMarkup(e)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

const space = (c) => /\s/.test(c);

/**
 * Where each character of `text` (the DOM walk's text of `roots`) is in the
 * page: positions[i] is [textNode, offset] for every non-space UTF-16 unit i
 * of text. The walk lays out the spaces, so they are left out on both sides.
 */
function align(roots, text) {
  const positions = new Array(text.length);
  let i = 0;
  for (const node of roots.flatMap(textNodes)) {
    const data = node.data;
    for (let k = 0; k < data.length; k++) {
      if (space(data[k])) continue;
      while (i < text.length && space(text[i])) i++;
      if (i >= text.length) return positions;
      if (data[k] === text[i]) {
        positions[i] = [node, k];
        i++;
      }
    }
  }
  return positions;
}

/** The pieces of [start, end) in the page: [node, from, to] per text node. */
function pieces(positions, start, end) {
  const out = [];
  for (let i = start; i < end; i++) {
    const at = positions[i];
    if (!at || at[0].parentElement.closest(NO_MARK)) continue;
    const last = out[out.length - 1];
    if (last && last[0] === at[0]) last[2] = at[1] + 1;
    else out.push([at[0], at[1], at[1] + 1]);
  }
  return out;
}

/** Wraps [from, to) of a text node in `mark`. */
function wrap(node, from, to, mark) {
  if (to < node.length) node.splitText(to);
  const inner = from > 0 ? node.splitText(from) : node;
  inner.parentNode.insertBefore(mark, inner);
  mark.append(inner);
}

function markOf(claim, first) {
  const mark = document.createElement("mark");
  const { kind, source } = claim.attribution;
  const stance = claim.stance.kind;
  mark.className = `cl-claim cl-${kind} cl-${stance}${first ? "" : " cl-cont"}`;
  mark.setAttribute(ATTRIBUTE, String(claim.index));
  mark.dataset.kind = kind;
  mark.dataset.stance = stance;
  mark.dataset.badge = stance === "opinion" ? `${kind} · opinion` : kind;
  mark.title = source ? `${mark.dataset.badge}: ${source.text}` : mark.dataset.badge;
  return mark;
}

/** Removes every mark this script made, leaving the text as it was. */
function clear() {
  const parents = new Set();
  for (const mark of document.querySelectorAll(`mark[${ATTRIBUTE}]`)) {
    parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  for (const parent of parents) parent.normalize();
  return parents.size;
}

let roots = [];
let html = "";

globalThis.claimlensPage = {
  /** Finds the article; returns its markup (the engine walks it, as it walks
   *  <claim-lens for>'s element) and what the page says about it. */
  read() {
    clear();
    const article = findArticle(document);
    roots = rootsOf(article);
    html = roots.map((root) => root.outerHTML).join("\n");
    const tag = article.tagName.toLowerCase();
    const where = article.id ? `${tag}#${article.id}` : tag;
    return { html, where, context: pageContext(document, article) };
  },

  /** Marks the claims of `doc`, the analysis of `text` (the walk's text of
   *  the markup read), in place. */
  mark(doc, text) {
    if (!roots.length || !roots.every((root) => root.isConnected) || roots.map((root) => root.outerHTML).join("\n") !== html) {
      return { error: "The page changed since it was read: press the button again." };
    }
    const positions = align(roots, text);
    let marked = 0;
    for (const claim of [...doc.claims].reverse()) {
      const parts = pieces(positions, claim.start, claim.end);
      for (let p = parts.length - 1; p >= 0; p--) {
        const [node, from, to] = parts[p];
        wrap(node, from, to, markOf(claim, p === 0));
      }
      if (parts.length) marked++;
    }
    return { marked, claims: doc.claims.length };
  },

  /** Scrolls to claim `index` and shows it selected. */
  focus(index) {
    for (const mark of document.querySelectorAll(`mark[${ATTRIBUTE}].cl-selected`)) mark.classList.remove("cl-selected");
    const marks = document.querySelectorAll(`mark[${ATTRIBUTE}="${Number(index)}"]`);
    for (const mark of marks) mark.classList.add("cl-selected");
    if (marks[0]) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
    return marks.length;
  },

  clear,
};
