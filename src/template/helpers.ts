/** The template helpers: pure formatting of values. None reads files, the clock or the environment. */
import type Handlebars from 'handlebars';

type HelperOptions = { data?: { root?: { locale?: string } } };

const locale = (options: HelperOptions) => options.data?.root?.locale ?? 'en-US';

export function registerHelpers(hbs: typeof Handlebars): void {
  /** 5470 → "5,470" in the sheet's language. */
  hbs.registerHelper('number', (value: unknown, options: HelperOptions) => formatNumber(value, locale(options)));
  /** A stat's printed value: prefix, number, suffix. */
  hbs.registerHelper('statValue', (stat: { value: number; prefix?: string; suffix?: string }, options: HelperOptions) =>
    `${stat.prefix ?? ''}${formatNumber(stat.value, locale(options))}${stat.suffix ?? ''}`);
  hbs.registerHelper('upper', (value: unknown) => String(value ?? '').toUpperCase());
  /** Joins a list: {{join places ", "}}. */
  hbs.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.map(String).join(typeof sep === 'string' ? sep : ', ') : ''));
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: unknown, lang: string): string {
  if (typeof value !== 'number') return String(value ?? '');
  let f = formatters.get(lang);
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    } catch {
      f = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    }
    formatters.set(lang, f);
  }
  return f.format(value);
}
