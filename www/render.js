// Rendering of a claimlens/2 Document over the text it was made from.
//
// Shared by the page (app.js) and the <claim-lens> element. Pure DOM
// building: user text reaches the DOM only through text nodes
// (createTextNode / textContent), never as HTML. Offsets must be UTF-16
// code units (the default of analyze()), so they slice JS strings directly.

export const KINDS = ["named", "official", "anonymous", "unattributed"];
export const STANCES = ["reporting", "opinion"];

export const KIND_LABELS = {
  named: "named source",
  official: "official source",
  anonymous: "anonymous source",
  unattributed: "unattributed",
};

const SVG = "http://www.w3.org/2000/svg";
const CHUNK = 200; // segments per block of the marked text
const LIST_LIMIT = 25; // unattributed factual claims listed in a summary

/** Creates an element with a class and optional text (as a text node). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** The badge text of a claim: its attribution kind, and "opinion" when it is. */
export function badgeOf(claim) {
  const kind = claim.attribution.kind;
  return claim.stance.kind === "opinion" ? `${kind} · opinion` : kind;
}

/** Throws unless `doc` looks like a claimlens/2 document with UTF-16 offsets. */
export function checkDocument(doc) {
  if (!doc || doc.schema !== "claimlens/2") {
    throw new Error(`expected a claimlens/2 document, got ${doc && doc.schema}`);
  }
  if (doc.offset_unit !== "utf16") {
    throw new Error(`the view needs utf16 offsets, got ${doc.offset_unit}`);
  }
}

/**
 * The marked text: the whole input as segments (gap, claim, skipped), each an
 * element carrying its offsets, so highlights can be painted in place later;
 * segments are grouped in blocks (.cl-chunk) that carry their offsets too.
 * Returns { root, claimNodes } where claimNodes[i] is the element of claim i.
 */
export function buildMarkedText(text, doc, options = {}) {
  const steps = markedTextSteps(text, doc, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** As buildMarkedText, yielding to the event loop every few thousand
 *  segments so that a very long text never blocks the page for long. */
export async function buildMarkedTextAsync(text, doc, options = {}) {
  const steps = markedTextSteps(text, doc, options);
  let step = steps.next();
  while (!step.done) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    step = steps.next();
  }
  return step.value;
}

function* markedTextSteps(text, doc, { tag = "div", batch = 2000 } = {}) {
  checkDocument(doc);
  const items = [];
  for (const claim of doc.claims) items.push({ start: claim.start, end: claim.end, claim });
  for (const skipped of doc.skipped) items.push({ start: skipped.start, end: skipped.end, skipped });
  items.sort((a, b) => a.start - b.start || a.end - b.end);

  const root = el(tag, "cl-text");
  const claimNodes = new Array(doc.claims.length);
  // Segments go into blocks of about CHUNK segments, cut just after a line
  // break so the text looks the same; the blocks let the browser skip the
  // layout of what is off screen (content-visibility), so a 5 MB text stays
  // light to show.
  let chunk = null;
  let count = 0;
  const put = (node) => {
    if (!chunk) {
      chunk = el("div", "cl-chunk");
      chunk.dataset.start = node.dataset.start;
      root.append(chunk);
    }
    chunk.append(node);
    chunk.dataset.end = node.dataset.end;
    count++;
  };
  const gap = (start, end) => {
    const cut = count >= CHUNK ? text.lastIndexOf("\n", end - 1) : -1;
    if (cut >= start) {
      put(segment("span", "cl-gap", text, start, cut + 1));
      chunk = null;
      count = 0;
      if (cut + 1 < end) put(segment("span", "cl-gap", text, cut + 1, end));
    } else {
      put(segment("span", "cl-gap", text, start, end));
    }
  };
  let at = 0;
  let made = 0;
  for (const item of items) {
    if (item.start < at || item.end > text.length || item.end < item.start) continue; // overlaps: keep the first
    if (item.start > at) gap(at, item.start);
    let node;
    if (item.claim) {
      const c = item.claim;
      node = segment("mark", `cl-claim cl-${c.attribution.kind} cl-${c.stance.kind}`, text, c.start, c.end);
      node.dataset.index = String(c.index);
      node.dataset.badge = badgeOf(c);
      node.dataset.kind = c.attribution.kind;
      node.dataset.stance = c.stance.kind;
      node.tabIndex = -1;
      claimNodes[c.index] = node;
    } else {
      const s = item.skipped;
      node = segment("span", "cl-skipped", text, s.start, s.end);
      node.dataset.badge = `skipped: ${s.reason}`;
      node.dataset.reason = s.reason;
      node.title = s.detail ? `${s.reason}: ${s.detail}` : s.reason;
    }
    put(node);
    at = item.end;
    if (++made % batch === 0) yield;
  }
  if (at < text.length) gap(at, text.length);
  return { root, claimNodes };
}

function segment(tag, className, text, start, end) {
  const node = el(tag, className);
  node.dataset.start = String(start);
  node.dataset.end = String(end);
  node.append(document.createTextNode(text.slice(start, end)));
  return node;
}

/**
 * The spans behind a claim's labels: source, cue, quote and stance signals,
 * each { start, end, role } with role one of source|cue|quote|signal.
 */
export function highlightsOf(claim) {
  const spans = [];
  const a = claim.attribution;
  for (const role of ["quote", "source", "cue"]) {
    if (a[role]) spans.push({ start: a[role].start, end: a[role].end, role });
  }
  for (const signal of claim.stance.reasons) {
    spans.push({ start: signal.start, end: signal.end, role: "signal" });
  }
  return spans.filter((s) => s.end > s.start);
}

/**
 * Paints `spans` into the marked text (clearing any earlier painting). Each
 * segment whose range meets a span is refilled with text nodes and
 * <span class="cl-hl cl-hl-ROLE"> pieces; the text itself never changes.
 */
export function paintHighlights(root, text, spans) {
  for (const node of root.querySelectorAll(".cl-painted")) {
    node.classList.remove("cl-painted");
    node.replaceChildren(document.createTextNode(text.slice(+node.dataset.start, +node.dataset.end)));
  }
  if (!spans.length) return;
  const meets = (node) => spans.some((s) => s.start < +node.dataset.end && s.end > +node.dataset.start);
  const segments = [...root.children].filter(meets).flatMap((chunk) => [...chunk.children]);
  for (const node of segments) {
    const start = +node.dataset.start;
    const end = +node.dataset.end;
    const inside = spans.filter((s) => s.start < end && s.end > start);
    if (!inside.length) continue;
    // Boundaries of every span piece inside this segment; the innermost
    // (shortest) span decides the role of each piece.
    const cuts = new Set([start, end]);
    for (const s of inside) {
      cuts.add(Math.max(start, s.start));
      cuts.add(Math.min(end, s.end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const parts = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const covering = inside
        .filter((s) => s.start <= a && s.end >= b)
        .sort((x, y) => x.end - x.start - (y.end - y.start));
      const piece = text.slice(a, b);
      if (covering.length) {
        const roles = [...new Set(covering.map((s) => s.role))];
        const hl = el("span", `cl-hl ${roles.map((r) => `cl-hl-${r}`).join(" ")}`, piece);
        hl.dataset.role = roles.join(" ");
        parts.push(hl);
      } else {
        parts.push(document.createTextNode(piece));
      }
    }
    node.replaceChildren(...parts);
    node.classList.add("cl-painted");
  }
}

/** Per-article share of claims resting on anonymous sources, 0..1. */
export function anonymousShare(counts) {
  return counts.claims ? counts.anonymous / counts.claims : 0;
}

export function percent(x) {
  return `${Math.round(x * 100)}%`;
}

/** A stacked bar of the sourcing mix as inline SVG, with a text legend. */
export function sourcingChart(counts) {
  const figure = el("figure", "cl-chart");
  const total = KINDS.reduce((n, k) => n + counts[k], 0);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 100 8");
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("role", "img");
  const title = document.createElementNS(SVG, "title");
  title.textContent = `Sourcing mix: ${KINDS.map((k) => `${counts[k]} ${k}`).join(", ")}`;
  svg.append(title);
  let x = 0;
  for (const kind of KINDS) {
    if (!total || !counts[kind]) continue;
    const width = (counts[kind] / total) * 100;
    const rect = document.createElementNS(SVG, "rect");
    rect.setAttribute("class", `cl-bar cl-bar-${kind}`);
    rect.setAttribute("x", String(x));
    rect.setAttribute("y", "0");
    rect.setAttribute("width", String(width));
    rect.setAttribute("height", "8");
    svg.append(rect);
    x += width;
  }
  if (!total) {
    const rect = document.createElementNS(SVG, "rect");
    rect.setAttribute("class", "cl-bar cl-bar-empty");
    rect.setAttribute("width", "100");
    rect.setAttribute("height", "8");
    svg.append(rect);
  }
  figure.append(svg);
  const legend = el("ul", "cl-legend");
  for (const kind of KINDS) {
    const item = el("li", `cl-legend-${kind}`);
    item.append(el("span", `cl-swatch cl-swatch-${kind}`), document.createTextNode(`${kind} ${counts[kind]}`));
    legend.append(item);
  }
  figure.append(legend);
  return figure;
}

/**
 * The summary of one article: verdict with reasons, counts, sourcing chart,
 * anonymous share, the unattributed factual claims and who is cited.
 * `onPick(claimIndex)` is called when one of those claims is chosen,
 * `onPickSource(sourceId)` when a cited source is.
 */
export function articleSummary(article, doc, { onPick, onPickSource, compact = false } = {}) {
  const section = el("section", `cl-summary cl-verdict-${article.kind}`);
  section.dataset.article = String(article.index);
  const heading = el(compact ? "h3" : "h2", "cl-summary-title");
  const name = article.headline ? article.headline.text : `Article ${article.index + 1}`;
  heading.append(el("span", `cl-verdict cl-verdict-badge-${article.kind}`, article.kind), document.createTextNode(` ${name}`));
  section.append(heading);

  if (article.reasons.length) {
    const reasons = el("ul", "cl-reasons");
    for (const r of article.reasons) reasons.append(reasonItem(r));
    section.append(reasons);
  }

  const c = article.counts;
  const table = el("table", "cl-counts");
  const caption = el("caption", null, `${c.claims} claims`);
  table.append(caption);
  const rows = [
    ...KINDS.map((k) => [KIND_LABELS[k], c[k], k]),
    ["reporting", c.reporting, "reporting"],
    ["opinion", c.opinion, "opinion"],
  ];
  const body = el("tbody");
  for (const [label, n, key] of rows) {
    const tr = el("tr");
    tr.dataset.count = key;
    tr.append(el("th", null, label), el("td", null, n));
    tr.firstChild.scope = "row";
    body.append(tr);
  }
  table.append(body);
  section.append(sourcingChart(c));
  section.append(table);

  const share = el("p", "cl-anonymous-share");
  share.append(
    el("strong", null, percent(anonymousShare(c))),
    document.createTextNode(" of claims rest on anonymous sources"),
  );
  section.append(share);

  const factual = doc.claims.filter(
    (cl) => cl.article === article.index && cl.attribution.kind === "unattributed" && cl.stance.kind === "reporting",
  );
  const block = el(compact ? "details" : "div", "cl-unattributed");
  const title = el(compact ? "summary" : "h3", null, `Unattributed factual claims (${factual.length})`);
  block.append(title);
  if (factual.length) {
    const list = el("ol", "cl-unattributed-list");
    for (const cl of factual.slice(0, LIST_LIMIT)) {
      const item = el("li");
      if (onPick) {
        const button = el("button", "cl-link", cl.text);
        button.type = "button";
        button.dataset.index = String(cl.index);
        button.addEventListener("click", () => onPick(cl.index));
        item.append(button);
      } else {
        item.textContent = cl.text;
      }
      list.append(item);
    }
    block.append(list);
    if (factual.length > LIST_LIMIT) {
      block.append(el("p", "cl-more", `…and ${factual.length - LIST_LIMIT} more: filter the view to unattributed reporting to see them all.`));
    }
  } else {
    block.append(el("p", null, "None."));
  }
  section.append(block);
  section.append(whoIsCited(article, doc, { onPickSource, compact }));
  return section;
}

/** The sources of one article, most claims first, then in order of first citation. */
export function sourcesOf(doc, articleIndex) {
  return (doc.sources || [])
    .filter((s) => s.article === articleIndex)
    .sort((a, b) => b.claims.length - a.claims.length || a.id - b.id);
}

/**
 * "Who is cited": each source of the article, identified once, with its
 * kind, type and claim count. `onPickSource(id)` is called when one is
 * chosen (see `markSource`).
 */
export function whoIsCited(article, doc, { onPickSource, compact = false } = {}) {
  const sources = sourcesOf(doc, article.index);
  const block = el(compact ? "details" : "div", "cl-cited");
  block.append(el(compact ? "summary" : "h3", null, `Who is cited (${sources.length})`));
  if (!sources.length) {
    block.append(el("p", null, "Nobody: no claim names its source."));
    return block;
  }
  const list = el("ol", "cl-cited-list");
  for (const s of sources) {
    const item = el("li");
    item.dataset.source = String(s.id);
    let name;
    if (onPickSource) {
      name = el("button", "cl-link cl-source-name", s.name.text);
      name.type = "button";
      name.dataset.source = String(s.id);
      name.setAttribute("aria-pressed", "false");
      name.title = "Mark this source's claims";
      name.addEventListener("click", () => onPickSource(s.id));
    } else {
      name = el("span", "cl-source-name", s.name.text);
    }
    const n = s.claims.length;
    item.append(
      name,
      document.createTextNode(" "),
      el("span", `cl-source-kind cl-source-${s.kind}`, s.kind),
      el("span", "cl-source-meta", ` ${s.type} · ${n} claim${n === 1 ? "" : "s"}`),
    );
    list.append(item);
  }
  block.append(list);
  return block;
}

/**
 * Marks the claims of source `id` (class `cl-of-source`) and unmarks all
 * others; an unknown id (-1) clears. Sets `aria-pressed` on the source
 * buttons under `scope`. Returns the indexes of the marked claims.
 */
export function markSource(claimNodes, doc, id, scope = null) {
  for (const node of claimNodes) if (node) node.classList.remove("cl-of-source");
  if (scope) {
    for (const button of scope.querySelectorAll("button[data-source]")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.source) === id));
    }
  }
  const source = (doc.sources || [])[id];
  if (!source) return [];
  for (const i of source.claims) if (claimNodes[i]) claimNodes[i].classList.add("cl-of-source");
  return source.claims;
}

function reasonItem(r) {
  const item = el("li");
  item.append(el("code", "cl-rule", r.rule), document.createTextNode(` ${r.detail}`));
  if (r.span) item.append(document.createTextNode(" — "), el("q", null, r.span.text));
  return item;
}

/** The details of one claim: source, cue, quote and every label's reasons. */
export function claimDetails(claim) {
  const box = el("div", "cl-details");
  box.dataset.index = String(claim.index);
  const heading = el("h3", null, `Claim ${claim.index + 1}`);
  box.append(heading, el("blockquote", "cl-details-text", claim.text));
  const a = claim.attribution;
  const dl = el("dl");
  const row = (term, value, role) => {
    const dd = el("dd", role ? `cl-hl cl-hl-${role}` : null, value);
    dl.append(el("dt", null, term), dd);
  };
  row("Attribution", KIND_LABELS[a.kind] || a.kind);
  row("Source", a.source ? a.source.text : "—", a.source && "source");
  row("Cue", a.cue ? a.cue.text : "—", a.cue && "cue");
  row("Quote", a.quote ? a.quote.text : "—", a.quote && "quote");
  row("Stance", `${claim.stance.kind} (score ${claim.stance.score})`);
  box.append(dl);
  if (a.reasons.length) {
    box.append(el("h4", null, "Why this attribution"));
    const list = el("ul", "cl-reasons");
    for (const r of a.reasons) list.append(reasonItem(r));
    box.append(list);
  }
  box.append(el("h4", null, "Why this stance"));
  if (claim.stance.reasons.length) {
    const list = el("ul", "cl-reasons");
    for (const s of claim.stance.reasons) {
      const item = el("li");
      item.append(el("code", "cl-rule", s.signal), document.createTextNode(" "), el("q", "cl-hl cl-hl-signal", s.text));
      list.append(item);
    }
    box.append(list);
  } else {
    box.append(el("p", null, claim.stance.kind === "reporting" ? "No opinion signals found." : "—"));
  }
  return box;
}

/** The sentence the live region announces when results arrive. */
export function announcement(doc) {
  const n = doc.claims.length;
  const articles = doc.articles.length;
  const opinion = doc.claims.filter((c) => c.stance.kind === "opinion").length;
  const anonymous = doc.claims.filter((c) => c.attribution.kind === "anonymous").length;
  return (
    `${n} ${n === 1 ? "claim" : "claims"} found in ${articles} ${articles === 1 ? "article" : "articles"}: ` +
    `${anonymous} anonymous, ${opinion} opinion; ${doc.skipped.length} skipped.`
  );
}
