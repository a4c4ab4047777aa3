// Exports of a claimlens/2 Document: JSON, CSV (one row per claim), CSV of
// the sources roster (one row per source) and a Markdown sourcing report.
// Pure functions from data to text.

import { KINDS, anonymousShare, percent, sourcesOf } from "./render.js";

export function toJson(doc) {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * One CSV cell, RFC 4180: quoted when it holds a comma, quote, CR or LF,
 * quotes doubled. A cell that a spreadsheet would read as a formula (starting
 * with = + - @, tab or CR) is prefixed with an apostrophe first.
 */
export function csvCell(value) {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s)) s = `"${s.replaceAll('"', '""')}"`;
  return s;
}

export const CSV_COLUMNS = [
  "index",
  "article",
  "paragraph",
  "start",
  "end",
  "attribution",
  "source",
  "cue",
  "quote",
  "stance",
  "stance_score",
  "text",
];

export function toCsv(doc) {
  const rows = [CSV_COLUMNS];
  for (const c of doc.claims) {
    const a = c.attribution;
    rows.push([
      c.index,
      c.article,
      c.paragraph,
      c.start,
      c.end,
      a.kind,
      a.source ? a.source.text : "",
      a.cue ? a.cue.text : "",
      a.quote ? a.quote.text : "",
      c.stance.kind,
      c.stance.score,
      c.text,
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export const SOURCE_CSV_COLUMNS = ["id", "article", "name", "kind", "type", "claims", "claim_indexes", "mentions"];

/** The sources roster: one row per source, its claims and every mention. */
export function toSourcesCsv(doc) {
  const rows = [SOURCE_CSV_COLUMNS];
  for (const s of doc.sources || []) {
    rows.push([
      s.id,
      s.article,
      s.name.text,
      s.kind,
      s.type,
      s.claims.length,
      s.claims.join(" "),
      s.mentions.map((m) => m.text).join(" | "),
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Text made safe for one Markdown table cell or list line. */
function md(s) {
  return String(s)
    .replace(/\s+/g, " ")
    .replace(/([\\`*_[\]<>|#])/g, "\\$1")
    .trim();
}

export function toMarkdown(doc) {
  const out = ["# Sourcing report", "", `Schema ${doc.schema}. ${doc.claims.length} claims, ${doc.skipped.length} skipped items.`, ""];
  for (const article of doc.articles) {
    const c = article.counts;
    const name = article.headline ? md(article.headline.text) : `Article ${article.index + 1}`;
    out.push(`## ${name}`, "", `**Verdict:** ${article.kind}`, "");
    for (const r of article.reasons) out.push(`- ${md(r.rule)}: ${md(r.detail)}`);
    if (article.reasons.length) out.push("");
    out.push("| attribution | claims |", "|---|---:|");
    for (const k of KINDS) out.push(`| ${k} | ${c[k]} |`);
    out.push("", `Stance: ${c.reporting} reporting, ${c.opinion} opinion.`);
    out.push(`Claims resting on anonymous sources: ${percent(anonymousShare(c))}.`, "");
    const sources = sourcesOf(doc, article.index);
    out.push(`### Who is cited (${sources.length})`, "");
    if (sources.length) {
      out.push("| source | kind | type | claims | mentions |", "|---|---|---|---:|---|");
      for (const s of sources) {
        const mentions = s.mentions.map((m) => md(m.text)).join("; ");
        out.push(`| ${md(s.name.text)} | ${s.kind} | ${s.type} | ${s.claims.length} | ${mentions} |`);
      }
      out.push("");
    }
    const claims = doc.claims.filter((cl) => cl.article === article.index);
    const factual = claims.filter((cl) => cl.attribution.kind === "unattributed" && cl.stance.kind === "reporting");
    out.push(`### Unattributed factual claims (${factual.length})`, "");
    for (const cl of factual) out.push(`- ${md(cl.text)}`);
    if (factual.length) out.push("");
    out.push("### Claims", "", "| # | attribution | source | stance | claim |", "|---:|---|---|---|---|");
    for (const cl of claims) {
      const source = cl.attribution.source ? md(cl.attribution.source.text) : "";
      out.push(`| ${cl.index + 1} | ${cl.attribution.kind} | ${source} | ${cl.stance.kind} | ${md(cl.text)} |`);
    }
    out.push("");
  }
  if (doc.skipped.length) {
    out.push("## Skipped page furniture", "", "| reason | text |", "|---|---|");
    for (const s of doc.skipped) out.push(`| ${s.reason} | ${md(s.text)} |`);
    out.push("");
  }
  return out.join("\n");
}
