/** The `hyphen` package's per-language modules (CommonJS), as factsheet loads them. */
declare module 'hyphen/*' {
  const language: {
    /** The text with `hyphenChar` (a soft hyphen by default) at each hyphenation point. */
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default language;
}
