/**
 * Turns white space as YAML and markup carry it into white space as it is set: runs of
 * breaking spaces, tabs and newlines become one space. No-break spaces (U+00A0, U+2007,
 * U+202F, U+FEFF) stay, so "10 km" keeps its number and unit together, and so do line and
 * paragraph separators (U+2028, U+2029), the way to force a line break inside a text.
 */
const BREAKING = /[^\S\u00a0\u2007\u202f\ufeff\u2028\u2029]+/g;
const EDGES = /^[^\S\u00a0\u2007\u202f\ufeff\u2028\u2029]+|[^\S\u00a0\u2007\u202f\ufeff\u2028\u2029]+$/g;

export function collapseSpaces(text: string): string {
  return text.replace(BREAKING, ' ').replace(EDGES, '');
}
