// schema.org ClaimReview drafts of claimlens claims, for fact-checkers.
//
// A draft says what the article says and who said it: the claim's words
// (claimReviewed), the claim as a schema.org Claim with its source as author
// and the article it appeared in, when known. The verdict (reviewRating) and
// the reviewer (author) are left empty for the fact-checker to fill in:
// claimlens never rates a claim.
//
// Pure functions from data to data, plus claimReviewPanel (DOM, used in the
// page's and the widget's claim details). User text reaches the DOM only as
// text.

import { isoDate } from "./page-context.js";
import { el } from "./render.js";

export { isoDate, pageContext } from "./page-context.js";

export const CONTEXT = "https://schema.org";

// Words that make a source a person speaking (checked first: "a State
// Department spokesperson", "the foreign minister", "Mayor Jane Doe").
const PERSON_WORDS =
  /\b(spokes(?:wo)?man|spokesperson|minister|secretary|mayor|president|governor|senator|chief|director|officer|commissioner|chair(?:man|woman|person)?|ceo|mr|mrs|ms|dr|sheriff|judge|prosecutor|attorney|ambassador|lawmaker|representative|premier|chancellor|adviser|advisor|aide|professor|analyst)\b/i;
// Words that make a source a body ("the Department of Transportation",
// "Human Rights Watch", "Reuters").
const BODY_WORDS =
  /\b(agency|alliance|army|association|authority|bank|board|bureau|cabinet|campaign|cent(?:er|re)|coalition|college|commission|committee|company|congress|corp(?:oration)?|council|court|department|embassy|federation|force|forces|foundation|fund|government|group|hospital|inc|institute|journal|league|ltd|ministry|navy|network|news|office|organi[sz]ation|parliament|party|pentagon|police|post|press|reuters|school|senate|service|society|times|trust|union|university|watch)\b/i;

/** The claim's entry in the sources roster (Document.sources), or null. */
function rosterEntry(claim, sources) {
  const id = claim.attribution.source_id;
  return id === null || id === undefined ? null : (sources || [])[id] || null;
}

/**
 * The name of a claim's source: the fullest name the roster gives it (else
 * the source's words) up to an apposition ("Maria Okafor, who chairs the
 * committee" is "Maria Okafor"); "" when it has none.
 */
export function sourceName(claim, sources = []) {
  const entry = rosterEntry(claim, sources);
  const source = entry ? entry.name : claim.attribution.source;
  return source ? source.text.split(",")[0].trim() : "";
}

/**
 * The schema.org type of a claim's source, "Person" or "Organization", or
 * null when the claim names no source (or names a document, which is
 * neither). The roster's type decides: a person is a Person, a body an
 * Organization; a document issued on the record is its institution's
 * (official). Without a roster type, it is read from the attribution kind
 * and the source's name: an anonymous source is people; an official source
 * is its body unless a person's title shows an office-holder; a named source
 * is a person unless its words (or an acronym) show a body.
 */
export function sourceType(claim, sources = []) {
  const name = sourceName(claim, sources);
  if (!name) return null;
  const entry = rosterEntry(claim, sources);
  const type = entry ? entry.type : "unknown";
  if (type === "person") return "Person";
  if (type === "body") return "Organization";
  if (type === "document") return claim.attribution.kind === "official" ? "Organization" : null;
  if (claim.attribution.kind === "anonymous") return "Person";
  if (PERSON_WORDS.test(name)) return "Person";
  if (BODY_WORDS.test(name) || /^[\p{Lu}\d&.-]{2,}$/u.test(name) || /^the\s/i.test(name)) return "Organization";
  return claim.attribution.kind === "official" ? "Organization" : "Person";
}

/**
 * A ClaimReview draft of `claim` (a claim of a claimlens Document).
 * `article` is what is known of the article it appeared in, all optional:
 * { url, headline, datePublished }; `sources` is the Document's roster, which
 * names and types the claim's source. Unknown fields are left out, never guessed.
 */
export function claimReview(claim, article = {}, sources = []) {
  const url = String(article.url ?? "").trim();
  const headline = String(article.headline ?? "")
    .replace(/\s+/g, " ")
    .trim();
  const datePublished = isoDate(article.datePublished);

  const item = { "@type": "Claim" };
  // The claim's author is its source; a claim with none is the article's own,
  // whose author the fact-checker names.
  const name = sourceName(claim, sources);
  const type = sourceType(claim, sources);
  item.author = type ? { "@type": type, name } : { name };
  if (datePublished) item.datePublished = datePublished;
  if (url || headline) {
    const appearance = { "@type": "NewsArticle" };
    if (url) appearance.url = url;
    if (headline) appearance.headline = headline;
    if (datePublished) appearance.datePublished = datePublished;
    item.appearance = appearance;
  }
  return {
    "@context": CONTEXT,
    "@type": "ClaimReview",
    claimReviewed: claim.text,
    itemReviewed: item,
    // For the fact-checker: the review's own page, who reviewed, the verdict.
    url: "",
    author: { "@type": "Organization", name: "", url: "" },
    reviewRating: { "@type": "Rating", ratingValue: "", bestRating: "", worstRating: "", alternateName: "" },
  };
}

/**
 * The draft as JSON-LD text, ready for a <script type="application/ld+json">:
 * "<" is written \u003c so no claim text can close the script element, and
 * the line and paragraph separators are escaped too; it is still the same JSON.
 */
export function toJsonLd(review) {
  const json = JSON.stringify(review, null, 2).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${json}\n`;
}

const FIELDS = [
  ["url", "Article URL", "url"],
  ["headline", "Headline", "text"],
  ["datePublished", "Published", "date"],
];

/**
 * The ClaimReview block of a claim's details: the JSON-LD draft and a copy
 * button. With `editable`, fields for the article's URL, headline and date,
 * written into `article` (shared between claims, so they are filled once);
 * `sources` is the Document's roster.
 */
export function claimReviewPanel(claim, article = {}, { editable = false, sources = [] } = {}) {
  const box = el("details", "cl-claimreview");
  box.append(el("summary", null, "ClaimReview draft (schema.org JSON-LD)"));
  const code = el("pre", "cl-jsonld");
  const show = () => {
    code.textContent = toJsonLd(claimReview(claim, article, sources));
  };
  if (editable) {
    const fields = el("div", "cl-claimreview-fields");
    for (const [key, label, type] of FIELDS) {
      const wrap = el("label", null, `${label} `);
      const input = el("input");
      input.type = type;
      input.name = key;
      input.value = article[key] || "";
      input.addEventListener("input", () => {
        article[key] = input.value;
        show();
      });
      wrap.append(input);
      fields.append(wrap);
    }
    box.append(fields);
  }
  show();
  const copy = el("button", "cl-copy", "Copy JSON-LD");
  copy.type = "button";
  const note = el("span", "cl-claimreview-note", "The rating and the reviewer are left empty for you to fill in.");
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      note.textContent = "Copied.";
    } catch (error) {
      note.textContent = `Could not copy: ${error.message}. Select the text instead.`;
    }
  });
  box.append(code, copy, document.createTextNode(" "), note);
  return box;
}
