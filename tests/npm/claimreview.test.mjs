// ClaimReview drafts (www/claimreview.js, as shipped in the package) of claims
// the real engine made: they parse as JSON-LD, use only schema.org terms, keep
// the claim's text exactly, and leave the verdict and the reviewer empty.

import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";

const installed = join(process.env.CLAIMLENS_CONSUMER, "node_modules/claimlens");
const load = (file) => import(pathToFileURL(join(installed, file)).href);

// The schema.org terms a draft may use: for each type, the properties
// schema.org gives it (its own and its supertypes'), and for each property
// the types schema.org allows as its value. A node without @type is a Thing.
const PROPERTIES = {
  ClaimReview: ["claimReviewed", "itemReviewed", "reviewRating", "author", "url", "datePublished", "name"],
  Claim: ["author", "datePublished", "appearance", "firstAppearance", "url", "name"],
  NewsArticle: ["url", "headline", "datePublished", "author", "name"],
  Person: ["name", "url", "sameAs"],
  Organization: ["name", "url", "sameAs"],
  Rating: ["ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation", "name"],
  Thing: ["name", "url", "sameAs"],
};
const RANGES = {
  itemReviewed: ["Claim"],
  author: ["Person", "Organization", "Thing"],
  appearance: ["NewsArticle"],
  firstAppearance: ["NewsArticle"],
  reviewRating: ["Rating"],
};

/** Throws unless every key of `node` is a schema.org term fitting its type. */
function checkTerms(node, path = "$") {
  const type = node["@type"] || "Thing";
  assert.ok(PROPERTIES[type], `${path}: @type ${type} is not one a draft may use`);
  for (const [key, value] of Object.entries(node)) {
    if (key === "@context" || key === "@type") continue;
    assert.ok(PROPERTIES[type].includes(key), `${path}.${key} is not a schema.org property of ${type}`);
    if (value && typeof value === "object") {
      const valueType = value["@type"] || "Thing";
      assert.ok(RANGES[key] && RANGES[key].includes(valueType), `${path}.${key} cannot hold a ${valueType}`);
      checkTerms(value, `${path}.${key}`);
    } else {
      assert.equal(typeof value, "string", `${path}.${key} is a text`);
    }
  }
}

describe("ClaimReview drafts", () => {
  let analyze;
  let cr;
  before(async () => {
    const engine = await load("node.js");
    await engine.default();
    analyze = engine.analyze;
    cr = await load("claimreview.js");
  });

  const ARTICLE = [
    "The Harbour Bridge will close for six weeks, the city's Department of Transportation said in a statement on Thursday.",
    "Two people familiar with the inspection said engineers had flagged the cables three years ago.",
    'Maria Okafor said: "We will be asking for every page of that report </script><script>alert(1)</script>."',
    "Commuters will pay the price for years of neglect, and the city owes them a clear timetable.",
    "Le pont, selon « Le Courrier », coûtera 4 M€ 🚧 — والجسر مغلق — and the line\u2028break \\ stays.",
  ].join("\n\n");

  test("each draft parses, uses only schema.org terms and keeps the claim's text exactly", () => {
    const doc = analyze(ARTICLE);
    assert.ok(doc.claims.length >= 5, `${doc.claims.length} claims`);
    for (const claim of doc.claims) {
      const text = cr.toJsonLd(cr.claimReview(claim, { url: "https://news.example/a?b=1&c=2", headline: "Bridge", datePublished: "2026-03-05" }));
      assert.ok(!/[<\u2028\u2029]/.test(text), "no '<' can close a <script> element, no raw line separator");
      const draft = JSON.parse(text);
      assert.equal(draft["@context"], "https://schema.org");
      assert.equal(draft["@type"], "ClaimReview");
      checkTerms(draft);
      assert.equal(draft.claimReviewed, claim.text);
      assert.equal(draft.claimReviewed, ARTICLE.slice(claim.start, claim.end));
    }
  });

  test("the verdict and the reviewer are present and empty: nothing is rated", () => {
    for (const claim of analyze(ARTICLE).claims) {
      const draft = cr.claimReview(claim);
      assert.deepEqual(draft.reviewRating, {
        "@type": "Rating",
        ratingValue: "",
        bestRating: "",
        worstRating: "",
        alternateName: "",
      });
      assert.deepEqual(draft.author, { "@type": "Organization", name: "", url: "" });
      assert.equal(draft.url, "");
    }
  });

  test("the claim's author is its source, named and typed by the roster; a claim with no source has an empty author", () => {
    const doc = analyze(ARTICLE);
    assert.ok(doc.sources.length >= 3, "a roster");
    const byKind = (kind) => doc.claims.find((c) => c.attribution.kind === kind);
    const author = (kind) => cr.claimReview(byKind(kind), {}, doc.sources).itemReviewed.author;
    assert.equal(author("official")["@type"], "Organization");
    assert.match(author("official").name, /Department of Transportation/);
    assert.equal(author("anonymous")["@type"], "Person");
    assert.deepEqual(author("named"), { "@type": "Person", name: "Maria Okafor" });
    assert.deepEqual(author("unattributed"), { name: "" });
    // The roster's name and type win over the words of the claim's span.
    for (const claim of doc.claims.filter((c) => c.attribution.source_id !== null)) {
      const entry = doc.sources[claim.attribution.source_id];
      const drafted = cr.claimReview(claim, {}, doc.sources).itemReviewed.author;
      assert.equal(drafted.name, entry.name.text.split(",")[0].trim());
      if (entry.type === "person") assert.equal(drafted["@type"], "Person");
      if (entry.type === "body") assert.equal(drafted["@type"], "Organization");
    }
  });

  test("a roster type decides; without one the kind and the name do", () => {
    const claim = { attribution: { kind: "named", source: { text: "Reuters" }, source_id: 0 } };
    const roster = (type) => [{ id: 0, name: { text: "Jane Doe, a reporter" }, kind: "named", type }];
    assert.equal(cr.sourceType(claim, roster("person")), "Person");
    assert.equal(cr.sourceName(claim, roster("person")), "Jane Doe");
    assert.equal(cr.sourceType(claim, roster("body")), "Organization");
    assert.equal(cr.sourceType(claim, roster("unknown")), "Person", "the roster's name, read by its words");
    assert.equal(cr.sourceType(claim, roster("document")), null, "a document is neither a person nor a body");
    assert.equal(cr.sourceType(claim), "Organization", "no roster: the span's words");
  });

  test("sourceType reads bodies and people from the kind and the source's words", () => {
    const claim = (kind, text) => ({ attribution: { kind, source: text === null ? null : { text } } });
    const cases = [
      ["official", "the French foreign ministry", "Organization"],
      ["official", "a State Department spokesperson", "Person"],
      ["official", "Mayor Jane Doe", "Person"],
      ["official", "Pentagon", "Organization"],
      ["named", "Reuters", "Organization"],
      ["named", "Human Rights Watch", "Organization"],
      ["named", "HRANA", "Organization"],
      ["named", "Ryan Crocker, a former US ambassador to Kabul", "Person"],
      ["named", "Avdaliani", "Person"],
      ["anonymous", "Western officials", "Person"],
      ["unattributed", null, null],
    ];
    for (const [kind, text, type] of cases) assert.equal(cr.sourceType(claim(kind, text)), type, `${kind} ${text}`);
  });

  test("the appearance carries only what is known, dates only when ISO 8601", () => {
    const [claim] = analyze("The bridge carries about 48,000 vehicles a day.").claims;
    assert.equal(cr.claimReview(claim).itemReviewed.appearance, undefined);
    assert.equal(cr.claimReview(claim).itemReviewed.datePublished, undefined);
    const some = cr.claimReview(claim, { headline: "  Bridge\n to   close ", datePublished: "Thursday" }).itemReviewed;
    assert.deepEqual(some.appearance, { "@type": "NewsArticle", headline: "Bridge to close" });
    assert.equal(some.datePublished, undefined);
    const all = cr.claimReview(claim, { url: "https://news.example/x", headline: "H", datePublished: "2026-03-05T09:30:00+01:00" }).itemReviewed;
    assert.deepEqual(all.appearance, {
      "@type": "NewsArticle",
      url: "https://news.example/x",
      headline: "H",
      datePublished: "2026-03-05T09:30:00+01:00",
    });
    assert.equal(all.datePublished, "2026-03-05T09:30:00+01:00");
    for (const bad of ["2026-13-45", "05/03/2026", "2026-03-05<script>", ""]) assert.equal(cr.isoDate(bad), "", bad);
  });
});
