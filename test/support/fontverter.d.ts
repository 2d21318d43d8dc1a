// The part of fontverter's API that test/unit/integrations/katex-fonts.test.ts uses: the package
// ships no types.
declare module 'fontverter' {
  const fontverter: { convert(font: Buffer, format: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer> };
  export default fontverter;
}
