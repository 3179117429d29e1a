/** Number formats for a sheet's language, shared by the templates' helpers and the charts. */

/** Intl's format for `lang`, or en-US's when Intl does not take the tag. */
export function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, options);
  } catch {
    return new Intl.NumberFormat('en-US', options);
  }
}

/**
 * Figures as a stat or a chart prints them: the language's grouping and decimal signs, at most
 * two decimals, Latin digits whatever the language (a chart agrees with the stats beside it).
 */
export const plainNumbers = (lang: string): Intl.NumberFormat =>
  numberFormat(lang, { maximumFractionDigits: 2, numberingSystem: 'latn' });
