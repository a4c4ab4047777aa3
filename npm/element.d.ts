// claimlens/element: importing it registers <claim-lens> (with its CSS,
// marks.css and claim-lens.css, linked from beside the module).
import type { Document } from "./claimlens.js";
import type { ClaimReview } from "./claimreview.js";

export declare class ClaimLens extends HTMLElement {
  /** The text to analyse; setting it overrides the `for` attribute. */
  text: string;
  /** The last Document, or null. */
  readonly result: Document | null;
  /** Analyses the current text again (e.g. after the article changed). */
  refresh(): Promise<void>;
  /** A schema.org ClaimReview draft of claim `index` of the last result, with
   *  the host page's URL, <h1> and publication date; the rating and the
   *  reviewer are left empty for the fact-checker. */
  claimReview(index: number): ClaimReview;
}

declare global {
  interface HTMLElementTagNameMap {
    "claim-lens": ClaimLens;
  }
  interface HTMLElementEventMap {
    "claimlens:result": CustomEvent<Document>;
    "claimlens:error": CustomEvent<{ message: string }>;
  }
}
