// What a host page says about its article, for ClaimReview drafts: used by
// <claim-lens> (through claimreview.js) and, as a classic script, by the
// browser extension's page side (scripts/package inlines this file there, so
// it imports nothing and declares only functions and constants).

/** An ISO 8601 date or date-time (what schema.org's Date and DateTime take), or "". */
export function isoDate(value) {
  const s = String(value ?? "").trim();
  return /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : "";
}

const squash = (s) => (s || "").replace(/\s+/g, " ").trim();

/**
 * What a host page says about its article: its URL (the canonical link, else
 * the page's address without the fragment), its headline (the <h1> of the
 * article around `target`, else the page's first) and its publication date
 * (article:published_time, else a <time datetime>). Fields it cannot find are "".
 */
export function pageContext(doc, target = null) {
  const scope = (target && target.closest("article, main, [role=main]")) || doc;
  const canonical = doc.querySelector("link[rel~=canonical][href]");
  const location = doc.location ? doc.location.href.replace(/#.*$/, "") : "";
  const h1 = scope.querySelector("h1") || doc.querySelector("h1");
  const meta = doc.querySelector('meta[property="article:published_time"][content]');
  const time = scope.querySelector("time[datetime]") || doc.querySelector("time[datetime]");
  return {
    url: canonical ? canonical.href : location,
    headline: h1 ? squash(h1.textContent) : "",
    datePublished: isoDate(meta ? meta.content : time ? time.getAttribute("datetime") : ""),
  };
}

