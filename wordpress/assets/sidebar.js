// The claimlens sidebar of the block editor: the post being edited, analysed
// claim by claim as the editor writes. A plain script on WordPress's globals
// (wp.plugins, wp.editPost, wp.element, wp.components, wp.data, wp.blocks):
// no build step.
//
// The engine runs in a module Worker (engine/worker.js, the page's own
// worker), so analysis never blocks typing: an edit waits for a pause
// (DEBOUNCE_MS), the post's text is gathered when the browser is idle, and
// the Worker analyses it. Each block's text is cached by the block object,
// which the editor replaces when (and only when) the block changes.
//
// The text is the title, then every block's text, one paragraph each
// (blank lines between): `parts` remembers which block each range came
// from, so that choosing a claim selects its block.
(function (wp) {
  "use strict";

  const { registerPlugin } = wp.plugins;
  const { PluginSidebar, PluginSidebarMoreMenuItem } = wp.editPost;
  const { createElement: h, Fragment, useEffect, useMemo, useRef, useState } = wp.element;
  const { PanelBody, Button, Notice, Spinner } = wp.components;
  const { useSelect, useDispatch } = wp.data;
  const { getBlockContent } = wp.blocks;
  const { __, _n, sprintf } = wp.i18n;

  const NAME = "claimlens";
  const SIDEBAR = "claimlens-sidebar";
  const DEBOUNCE_MS = 500;
  const KINDS = ["named", "official", "anonymous", "unattributed"];
  const KIND_LABELS = {
    named: __("named source", "claimlens"),
    official: __("official source", "claimlens"),
    anonymous: __("anonymous source", "claimlens"),
    unattributed: __("unattributed", "claimlens"),
  };
  // Blocks whose content is not article text.
  const SKIP_BLOCKS = new Set(["core/code", "core/shortcode", "core/html", "claimlens/widget"]);
  // Elements that start a new line in a block's saved HTML.
  const LINE_TAGS = new Set(
    "ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER LI OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL CITE".split(" "),
  );
  const IGNORED_TAGS = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);

  // engine/ is beside assets/ in the plugin's folder.
  const ENGINE = new URL("../engine/", document.currentScript.src).href;

  // ---- The post's text --------------------------------------------------

  /** The readable text of a block's saved HTML: one line per paragraph,
   *  list item or line break. DOMParser's document is inert: nothing in it
   *  runs or loads. */
  function htmlToText(html) {
    const body = new DOMParser().parseFromString(html, "text/html").body;
    const out = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          out.push(child.data.replace(/[ \t\n\r\f]+/g, " "));
        } else if (child.nodeType === Node.ELEMENT_NODE && !IGNORED_TAGS.has(child.tagName)) {
          if (child.tagName === "BR") {
            out.push("\n");
            continue;
          }
          const line = LINE_TAGS.has(child.tagName);
          if (line) out.push("\n");
          walk(child);
          if (line) out.push("\n");
        }
      }
    };
    walk(body);
    return out
      .join("")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .join("\n");
  }

  const blockTextCache = new WeakMap();

  /** A block's own text (not its inner blocks'), cached by block object. */
  function ownText(block) {
    if (blockTextCache.has(block)) return blockTextCache.get(block);
    let text = "";
    if (!SKIP_BLOCKS.has(block.name)) {
      try {
        text = htmlToText(getBlockContent({ ...block, innerBlocks: [] }));
      } catch {
        text = ""; // a block that cannot be serialised has no text for us
      }
    }
    blockTextCache.set(block, text);
    return text;
  }

  /** [{ clientId, text }] for every block with text, inner blocks first
   *  (a quote's paragraphs, then its citation). */
  function blockTexts(blocks, out = []) {
    for (const block of blocks) {
      if (block.innerBlocks && block.innerBlocks.length) blockTexts(block.innerBlocks, out);
      const text = ownText(block);
      if (text) out.push({ clientId: block.clientId, text });
    }
    return out;
  }

  /** The text claimlens analyses, and which block each range came from. */
  function postText(title, blocks) {
    let text = "";
    const parts = [];
    const add = (piece, clientId) => {
      if (!piece) return;
      if (text) text += "\n\n";
      parts.push({ clientId, start: text.length, end: text.length + piece.length });
      text += piece;
    };
    add(htmlToText(title || ""), null);
    for (const { clientId, text: piece } of blockTexts(blocks)) add(piece, clientId);
    return { text, parts };
  }

  /** The part holding UTF-16 offset `at`, or null. */
  function partAt(parts, at) {
    let lo = 0;
    let hi = parts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at < parts[mid].start) hi = mid - 1;
      else if (at >= parts[mid].end) lo = mid + 1;
      else return parts[mid];
    }
    return null;
  }

  // ---- The engine, in a Worker --------------------------------------------

  let engine = null;

  /** The Worker (created on first use, kept while the editor is open) and a
   *  promise-returning analyze(text). Speaks worker.js's protocol: a result,
   *  or for a large document a result without claims followed by its claims
   *  and skipped items in parts. */
  function getEngine() {
    if (engine) return engine;
    const pending = new Map();
    let next = 0;
    let broken = null;
    const worker = new Worker(new URL("worker.js", ENGINE), { type: "module", name: "claimlens" });
    const failAll = (message) => {
      broken = new Error(message);
      for (const { reject } of pending.values()) reject(broken);
      pending.clear();
    };
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      failAll(__("The claimlens engine could not start.", "claimlens") + (event.message ? ` ${event.message}` : ""));
    });
    worker.addEventListener("message", (event) => {
      const message = event.data;
      if (message.type === "ready") return;
      if (message.type === "error" && message.id === null) {
        failAll(message.message);
        return;
      }
      const request = pending.get(message.id);
      if (!request) return; // superseded
      if (message.type === "error") {
        pending.delete(message.id);
        request.reject(new Error(message.message));
      } else if (message.type === "result") {
        request.doc = message.doc;
        request.ms = message.ms;
        if (!message.parts) {
          pending.delete(message.id);
          request.resolve({ doc: request.doc, ms: request.ms });
        }
      } else if (message.type === "claims" || message.type === "skipped") {
        request.doc[message.type].push(...message.items);
      } else if (message.type === "end") {
        pending.delete(message.id);
        request.resolve({ doc: request.doc, ms: request.ms });
      }
    });
    engine = {
      analyze(text) {
        if (broken) return Promise.reject(broken);
        const id = ++next;
        // Only the newest request matters: drop the others' results.
        for (const [old, request] of pending) {
          request.reject(Object.assign(new Error("superseded"), { superseded: true }));
          pending.delete(old);
        }
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve, reject });
          worker.postMessage({ id, text: text.isWellFormed && !text.isWellFormed() ? text.toWellFormed() : text, options: { offsetUnit: "utf16" } });
        });
      },
    };
    return engine;
  }

  function whenIdle(callback) {
    if (window.requestIdleCallback) {
      const id = window.requestIdleCallback(callback, { timeout: 1000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(callback, 0);
    return () => clearTimeout(id);
  }

  // ---- The analysis, kept up to date ----------------------------------------

  /** { status, doc, text, parts, ms, error } for the post being edited,
   *  re-analysed after each pause in editing. */
  function useAnalysis() {
    const { title, blocks } = useSelect(
      (select) => ({
        title: select("core/editor").getEditedPostAttribute("title"),
        blocks: select("core/block-editor").getBlocks(),
      }),
      [],
    );
    const [state, setState] = useState({ status: "waiting" });
    const last = useRef({ text: null, first: true });

    useEffect(() => {
      let live = true;
      let cancelIdle = () => {};
      const delay = last.current.first ? 0 : DEBOUNCE_MS;
      last.current.first = false;
      const timer = setTimeout(() => {
        cancelIdle = whenIdle(() => {
          if (!live) return;
          const { text, parts } = postText(title, blocks);
          if (text === last.current.text) {
            setState((prev) => (prev.parts === parts ? prev : { ...prev, parts }));
            return;
          }
          if (!text.trim()) {
            last.current.text = text;
            setState({ status: "empty" });
            return;
          }
          setState((prev) => ({ ...prev, status: prev.doc ? "updating" : "analysing" }));
          getEngine()
            .analyze(text)
            .then(
              ({ doc, ms }) => {
                if (!live) return; // the post changed meanwhile: its own analysis follows
                last.current.text = text;
                setState({ status: "done", doc, text, parts, ms });
              },
              (error) => {
                if (live && !error.superseded) setState({ status: "error", error: error.message });
              },
            );
        });
      }, delay);
      return () => {
        live = false;
        clearTimeout(timer);
        cancelIdle();
      };
    }, [title, blocks]);

    return state;
  }

  // ---- The panel ----------------------------------------------------------

  function Badge({ kind, children }) {
    return h("span", { className: `claimlens-badge claimlens-badge-${kind}` }, children || kind);
  }

  function Reasons({ reasons }) {
    if (!reasons || !reasons.length) return null;
    return h(
      "ul",
      { className: "claimlens-reasons" },
      reasons.map((r, i) =>
        h(
          "li",
          { key: i },
          h("code", null, r.rule || r.signal),
          " ",
          r.detail || "",
          r.span ? h(Fragment, null, " — ", h("q", null, r.span.text)) : null,
        ),
      ),
    );
  }

  /** One claim as a button: choosing it selects its block. */
  function ClaimButton({ claim, onPick, current }) {
    return h(
      "li",
      {
        className: "claimlens-claim",
        "data-claim-index": claim.index,
        "data-kind": claim.attribution.kind,
        "data-stance": claim.stance.kind,
      },
      h(
        Button,
        {
          variant: "link",
          className: "claimlens-claim-text",
          onClick: () => onPick(claim),
          "aria-current": current ? "true" : undefined,
        },
        claim.text,
      ),
      h(
        "span",
        { className: "claimlens-claim-labels" },
        h(Badge, { kind: claim.attribution.kind }),
        " ",
        h(Badge, { kind: claim.stance.kind }),
        claim.attribution.source ? h("span", { className: "claimlens-source" }, claim.attribution.source.text) : null,
      ),
    );
  }

  function Summary({ article, doc }) {
    const c = article.counts;
    const anonymous = c.claims ? Math.round((c.anonymous / c.claims) * 100) : 0;
    return h(
      "div",
      { className: "claimlens-summary", "data-article": article.index },
      h(
        "p",
        { className: "claimlens-verdict" },
        h(Badge, { kind: article.kind }),
        " ",
        article.headline ? article.headline.text : sprintf(__("Article %d", "claimlens"), article.index + 1),
      ),
      h(Reasons, { reasons: article.reasons }),
      h(
        "table",
        { className: "claimlens-counts" },
        h("caption", null, sprintf(_n("%d claim", "%d claims", c.claims, "claimlens"), c.claims)),
        h(
          "tbody",
          null,
          [...KINDS.map((k) => [k, KIND_LABELS[k]]), ["reporting", __("reporting", "claimlens")], ["opinion", __("opinion", "claimlens")]].map(
            ([key, label]) =>
              h("tr", { key, "data-count": key }, h("th", { scope: "row" }, h(Badge, { kind: key }, label)), h("td", null, c[key])),
          ),
        ),
      ),
      h(
        "p",
        { className: "claimlens-anonymous-share" },
        sprintf(__("%d%% of claims rest on anonymous sources.", "claimlens"), anonymous),
      ),
      doc.skipped.length
        ? h(
            "p",
            { className: "claimlens-skipped" },
            sprintf(
              _n("%d piece of page furniture set aside (headline, byline, caption, …).", "%d pieces of page furniture set aside (headline, byline, caption, …).", doc.skipped.length, "claimlens"),
              doc.skipped.length,
            ),
          )
        : null,
    );
  }

  /** The sources roster (claimlens/2): each source with its kind, its type
   *  and how many claims rest on it; choosing one selects its first claim. */
  function Sources({ sources, doc, onPick }) {
    return h(
      "ul",
      { className: "claimlens-sources" },
      sources.map((source, i) => {
        const name = source.name && typeof source.name === "object" ? source.name.text : source.name;
        const claims = (source.claims || []).map((c) => (typeof c === "number" ? doc.claims[c] : c)).filter(Boolean);
        return h(
          "li",
          { key: source.id ?? i, "data-source": source.id ?? i },
          h(
            Button,
            { variant: "link", className: "claimlens-claim-text", disabled: !claims.length, onClick: () => claims.length && onPick(claims[0]) },
            name || __("(unnamed)", "claimlens"),
          ),
          h(
            "span",
            { className: "claimlens-claim-labels" },
            h(Badge, { kind: source.kind }),
            source.type ? h("span", { className: "claimlens-source-type" }, source.type) : null,
            " · ",
            sprintf(_n("%d claim", "%d claims", claims.length, "claimlens"), claims.length),
          ),
        );
      }),
    );
  }

  function ClaimDetails({ claim }) {
    const a = claim.attribution;
    const row = (term, value) => [h("dt", { key: `${term}-t` }, term), h("dd", { key: `${term}-d` }, value || "—")];
    return h(
      "div",
      { className: "claimlens-details" },
      h("blockquote", null, claim.text),
      h(
        "dl",
        null,
        row(__("Attribution", "claimlens"), KIND_LABELS[a.kind] || a.kind),
        row(__("Source", "claimlens"), a.source && a.source.text),
        row(__("Cue", "claimlens"), a.cue && a.cue.text),
        row(__("Quote", "claimlens"), a.quote && a.quote.text),
        row(__("Stance", "claimlens"), `${claim.stance.kind} (${claim.stance.score})`),
      ),
      h(Reasons, { reasons: a.reasons }),
      h(Reasons, { reasons: claim.stance.reasons }),
    );
  }

  function Status({ state }) {
    let text;
    if (state.status === "waiting" || state.status === "analysing") text = __("Reading the post…", "claimlens");
    else if (state.status === "empty") text = __("Write or paste the article: claimlens analyses it as you go.", "claimlens");
    else if (state.status === "error") text = "";
    else {
      const n = state.doc.claims.length;
      text = sprintf(_n("%1$d claim, analysed in %2$s ms.", "%1$d claims, analysed in %2$s ms.", n, "claimlens"), n, Math.round(state.ms));
      if (state.status === "updating") text += " " + __("Updating…", "claimlens");
    }
    return h(
      "div",
      { className: "claimlens-status", "data-status": state.status, "aria-live": "polite" },
      state.status === "analysing" || state.status === "updating" ? h(Spinner) : null,
      text,
      state.status === "error"
        ? h(Notice, { status: "error", isDismissible: false }, sprintf(__("claimlens could not analyse this post: %s", "claimlens"), state.error))
        : null,
    );
  }

  function Panel() {
    const state = useAnalysis();
    const [current, setCurrent] = useState(null);
    const { selectBlock } = useDispatch("core/block-editor");
    const doc = state.doc;

    const pick = (claim) => {
      setCurrent(claim.index);
      const part = partAt(state.parts || [], claim.start);
      if (!part || !part.clientId) return; // the title
      selectBlock(part.clientId);
      const node = document.querySelector(`[data-block="${CSS.escape(part.clientId)}"]`);
      if (node) node.scrollIntoView({ block: "center", behavior: "smooth" });
    };

    // Built again only when the analysis or the chosen claim changes, not on
    // every keystroke (the editor's blocks change with each one).
    const body = useMemo(() => panels(doc, current, pick), [doc, state.parts, current]);
    return h("div", { className: "claimlens-sidebar" }, h(Status, { state }), body);
  }

  /** The sidebar's panels for a Document: per article, the summary, the
   *  sources roster when there is one, the unattributed factual claims and
   *  all claims; then the chosen claim's details. */
  function panels(doc, current, pick) {
    const body = [];
    if (doc) {
      const chosen = current !== null && doc.claims[current] && doc.claims[current].text ? doc.claims[current] : null;
      for (const article of doc.articles) {
        const claims = doc.claims.filter((c) => c.article === article.index);
        const factual = claims.filter((c) => c.attribution.kind === "unattributed" && c.stance.kind === "reporting");
        // claimlens/2: doc.sources, each with the index of its article.
        const sources = Array.isArray(doc.sources) ? doc.sources.filter((s) => s.article === undefined || s.article === article.index) : null;
        const suffix = doc.articles.length > 1 ? ` · ${sprintf(__("article %d", "claimlens"), article.index + 1)}` : "";
        body.push(
          h(PanelBody, { key: `s${article.index}`, title: __("Summary", "claimlens") + suffix, className: "claimlens-panel-summary" }, h(Summary, { article, doc })),
        );
        if (Array.isArray(sources)) {
          body.push(
            h(
              PanelBody,
              { key: `w${article.index}`, title: sprintf(__("Who is cited (%d)", "claimlens"), sources.length) + suffix, className: "claimlens-panel-sources" },
              sources.length ? h(Sources, { sources, doc, onPick: pick }) : h("p", null, __("No sources cited.", "claimlens")),
            ),
          );
        }
        body.push(
          h(
            PanelBody,
            {
              key: `u${article.index}`,
              title: sprintf(__("Unattributed factual claims (%d)", "claimlens"), factual.length) + suffix,
              className: "claimlens-panel-unattributed",
            },
            factual.length
              ? h("ol", { className: "claimlens-claims" }, factual.map((claim) => h(ClaimButton, { key: claim.index, claim, onPick: pick, current: claim.index === current })))
              : h("p", null, __("None: every factual claim has a source.", "claimlens")),
          ),
        );
        body.push(
          h(
            PanelBody,
            {
              key: `a${article.index}`,
              title: sprintf(__("All claims (%d)", "claimlens"), claims.length) + suffix,
              initialOpen: false,
              className: "claimlens-panel-all",
            },
            h("ol", { className: "claimlens-claims" }, claims.map((claim) => h(ClaimButton, { key: claim.index, claim, onPick: pick, current: claim.index === current }))),
          ),
        );
      }
      if (chosen) {
        body.push(
          h(
            PanelBody,
            { key: "chosen", title: sprintf(__("Claim %d", "claimlens"), chosen.index + 1), className: "claimlens-panel-claim" },
            h(ClaimDetails, { claim: chosen }),
          ),
        );
      }
    }
    return body;
  }

  function ClaimlensSidebar() {
    return h(
      Fragment,
      null,
      h(PluginSidebarMoreMenuItem, { target: SIDEBAR, icon: "format-quote" }, __("claimlens: who says so?", "claimlens")),
      h(PluginSidebar, { name: SIDEBAR, title: __("claimlens: who says so?", "claimlens"), icon: "format-quote" }, h(Panel)),
    );
  }

  registerPlugin(NAME, { render: ClaimlensSidebar, icon: "format-quote" });
})(window.wp);
