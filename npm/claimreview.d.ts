// claimlens/claimreview: schema.org ClaimReview drafts of claimlens claims.
import type { Claim, Source } from "./claimlens.js";

/** What is known of the article a claim appeared in; every field optional. */
export interface ArticleInfo {
  url?: string;
  headline?: string;
  /** ISO 8601 date or date-time; anything else is left out. */
  datePublished?: string;
}

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  /** The claim's text, exactly. */
  claimReviewed: string;
  itemReviewed: {
    "@type": "Claim";
    /** The claim's source; untyped for a document, `{ name: "" }` when the article states it itself. */
    author: { "@type"?: "Person" | "Organization"; name: string };
    datePublished?: string;
    appearance?: { "@type": "NewsArticle"; url?: string; headline?: string; datePublished?: string };
  };
  /** Left empty: the review's own page. */
  url: string;
  /** Left empty: the fact-checker. */
  author: { "@type": "Organization"; name: string; url: string };
  /** Left empty: claimlens never rates a claim. */
  reviewRating: { "@type": "Rating"; ratingValue: string; bestRating: string; worstRating: string; alternateName: string };
}

/** The name of a claim's source (up to an apposition), "" when it has none. */
export declare function sourceName(claim: Claim, sources?: Source[]): string;
/** "Person" or "Organization" for a claim's source, null when it has none or it is a document. */
export declare function sourceType(claim: Claim, sources?: Source[]): "Person" | "Organization" | null;
/** A ClaimReview draft of a claim; `sources` (Document.sources) names and types its source. */
export declare function claimReview(claim: Claim, article?: ArticleInfo, sources?: Source[]): ClaimReview;
/** The draft as JSON-LD text, safe inside <script type="application/ld+json">. */
export declare function toJsonLd(review: ClaimReview): string;
/** What a host page says about its article: canonical URL, <h1>, publication date. */
export declare function pageContext(doc: Document, target?: Element | null): Required<ArticleInfo>;
/** An ISO 8601 date or date-time, or "". */
export declare function isoDate(value: unknown): string;
