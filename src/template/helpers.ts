/** The template helpers: pure formatting of values. None reads files, the clock or the environment. */
import type Handlebars from 'handlebars';
import { numberFormat, plainNumbers } from '../i18n/numberFormat.js';

type HelperOptions = { data?: { root?: { locale?: string } } };

const locale = (options: HelperOptions) => options.data?.root?.locale ?? 'en-US';

export function registerHelpers(hbs: typeof Handlebars): void {
  // One cache per Handlebars instance: formatters are costly to build, and nothing is shared
  // between instances (or tests) through module state.
  const formatters = createFormatters();
  /** 5470 → "5,470" in the sheet's language. */
  hbs.registerHelper('number', (value: unknown, options: HelperOptions) =>
    formatNumber(value, locale(options), formatters),
  );
  /** A stat's printed value: prefix, number or range, suffix ("up to 85%", "$150 billion"). */
  hbs.registerHelper('statValue', (stat: StatFigure, options: HelperOptions) =>
    formatStat(stat, locale(options), formatters),
  );
  hbs.registerHelper('upper', (value: unknown) => String(value ?? '').toUpperCase());
  /** "2025-09-25" → "September 25, 2025" (en-US) or "25 September 2025" (en-GB). */
  hbs.registerHelper('date', (value: unknown, options: HelperOptions) => formatDate(value, locale(options)));
  /** Joins a list: {{join places ", "}}. */
  hbs.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.map(String).join(typeof sep === 'string' ? sep : ', ') : '',
  );
}

/** What a stat prints: a number or a [low, high] range, with optional words or symbols around it. */
export interface StatFigure {
  value: number | readonly [number, number];
  prefix?: string;
  suffix?: string;
  /** "150 billion" rather than "150,000,000,000". */
  compact?: boolean;
}

/** Number formatters by language, built on first use. */
export interface Formatters {
  get(lang: string, compact: boolean): Intl.NumberFormat;
}

/** A formatter cache holding at most `limit` formatters (a sheet uses one or two). */
export function createFormatters(limit = 8): Formatters {
  const cache = new Map<string, Intl.NumberFormat>();
  return {
    get(lang, compact) {
      const key = `${lang}|${compact}`;
      let f = cache.get(key);
      if (!f) {
        f = makeFormatter(lang, compact);
        // Drop the oldest entry: a Map iterates in insertion order.
        if (cache.size >= limit) cache.delete(cache.keys().next().value!);
        cache.set(key, f);
      }
      return f;
    },
  };
}

function makeFormatter(lang: string, compact: boolean): Intl.NumberFormat {
  // Latin digits whatever the language, in compact figures too ("3 million").
  if (!compact) return plainNumbers(lang);
  return numberFormat(lang, { notation: 'compact', compactDisplay: 'long', numberingSystem: 'latn' });
}

const NBSP = '\u00a0';
/** Direction marks some locales put around numbers: the font has no glyph and a stat is one LTR run. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

/** Text that never breaks a line inside: spaces become no-break spaces. */
const unbreakable = (text: string) => text.replace(BIDI_MARKS, '').replace(/ /g, NBSP);

/** 5470 → "5,470" in `lang` (en-US when the tag is not valid); non-numbers print as text. */
export function formatNumber(value: unknown, lang: string, formatters = createFormatters(1)): string {
  return formatValue(value, lang, false, formatters);
}

function formatValue(value: unknown, lang: string, compact: boolean, formatters: Formatters): string {
  if (typeof value !== 'number') return String(value ?? '');
  const formatter = roundsToZero(value) ? smallNumbers(lang, value) : formatters.get(lang, compact);
  return unbreakable(formatter.format(value));
}

/** Two decimals print 0.000001 as "0" (with a `+`, "0+"): a number that is not zero must not print as 0. */
const roundsToZero = (n: number) => n !== 0 && Math.abs(n) < 0.005;

/**
 * 0.000001 → "0.000001" (rare: made when needed, not cached); far smaller numbers (1e-300) in
 * scientific notation ("1E-300"), which stays short enough for its place.
 */
function smallNumbers(lang: string, n: number): Intl.NumberFormat {
  const notation = Math.abs(n) < 1e-6 ? 'scientific' : 'standard';
  return numberFormat(lang, { maximumSignificantDigits: 3, notation, numberingSystem: 'latn' });
}

const isRange = (v: unknown): v is readonly [number, number] =>
  Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');

/**
 * A stat as printed, on one unbreakable line: "5,470", "40,000–100,000", "20–50%", "up to 85%",
 * "$150", "3 million", "$150 billion" (compact). A range shares its prefix and suffix.
 */
export function formatStat(stat: StatFigure, lang: string, formatters = createFormatters(2)): string {
  const compact = stat.compact === true;
  const value: unknown = stat.value;
  const number = isRange(value)
    ? value.map((n) => formatValue(n, lang, compact, formatters)).join('\u2013')
    : formatValue(value, lang, compact, formatters);
  return `${prefixText(stat.prefix)}${number}${suffixText(stat.suffix)}`;
}

const ENDS_WITH_LETTER = /[\p{L}\p{M}]$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;

/** A word before the number is spaced off ("up to 85%"); a symbol is not ("$150"). */
function prefixText(prefix: string | undefined): string {
  const word = prefix?.trimEnd() ?? '';
  if (!word) return '';
  const spaced = word !== prefix || ENDS_WITH_LETTER.test(word);
  return unbreakable(word) + (spaced ? NBSP : '');
}

/** A word after the number is spaced off ("3 million"); a symbol is not ("85%", "500+"). */
function suffixText(suffix: string | undefined): string {
  const word = suffix?.trimStart() ?? '';
  if (!word) return '';
  const spaced = word !== suffix || STARTS_WITH_LETTER.test(word);
  return (spaced ? NBSP : '') + unbreakable(word);
}

/** An ISO date (YYYY-MM-DD, or YYYY-MM for a month) written out in the sheet's language. */
export function formatDate(value: unknown, lang: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return String(value ?? '');
  const month = value.length === 7;
  const date = new Date(`${month ? `${value}-01` : value}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = month
    ? { year: 'numeric', month: 'long', timeZone: 'UTC', numberingSystem: 'latn' }
    : { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-US', options).format(date);
  }
}
