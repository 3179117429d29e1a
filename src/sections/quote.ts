/** `quote`: a pull quote with attribution; a sheet may hold several. */
import { defineKind } from './kind.js';
import { QuoteBody } from './shared.js';

export const quote = defineKind('quote', 'A quotation with attribution.', QuoteBody, {
  starter: `- quote:
    text: We can't forget about the other girls still trapped in dark rooms.
    who: Prema
    role: a survivor of sex trafficking
    pseudonym: true`,
});
