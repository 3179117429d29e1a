/** The part of unicode-properties (fontkit's own dependency) this code uses; it ships no types. */
declare module 'unicode-properties' {
  const unicode: { getScript(codePoint: number): string };
  export default unicode;
}
