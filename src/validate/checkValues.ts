/**
 * Checks values the schema's patterns let through but the build would fail on or print wrongly:
 * dates that do not exist, language tags Intl does not know, web addresses too long for a QR
 * code, and control characters in text.
 */
import { error, warning, type Diagnostic } from '../diag/diagnostic.js';
import { spanAt, type DataPath } from '../load/spanAt.js';
import type { SourceFile } from '../load/sourceFile.js';
import { sectionParts } from '../schema/sectionParts.js';
import type { Sheet } from '../schema/sheet.js';
import { showPath } from './describe.js';
import { unclosedBold } from '../doc/parseInline.js';
import { richTexts } from '../sections/walk.js';

/** Above this many characters a QR code at the printed size cannot be scanned reliably. */
export const QR_URL_WARN = 120;
/** Above this many characters a QR code at the printed size cannot be printed legibly at all. */
export const QR_URL_MAX = 300;

export function checkValues(sheet: Sheet, src: SourceFile): Diagnostic[] {
  return [
    ...checkDates(sheet, src),
    ...checkLanguage(sheet, src),
    ...checkUrls(sheet, src),
    ...checkControls(sheet, src),
    ...checkMarkup(sheet, src),
  ].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why `YYYY-MM` or `YYYY-MM-DD` (already matching the pattern) is not a real date, or undefined. */
export function dateProblem(value: string): string | undefined {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number | undefined];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day === undefined) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

function checkDates(sheet: Sheet, src: SourceFile): Diagnostic[] {
  const found: { value: string; path: DataPath; form: string }[] = [];
  if (typeof sheet.date === 'string')
    found.push({ value: sheet.date, path: ['date'], form: 'YYYY-MM-DD, e.g. 2019-05-01' });
  sheet.sections.forEach((item, i) => {
    const { kind, body } = sectionParts(item);
    if (kind !== 'news') return;
    ((body.items ?? []) as { date?: unknown }[]).forEach((story, k) => {
      if (typeof story.date === 'string') {
        found.push({
          value: story.date,
          path: ['sections', i, kind, 'items', k, 'date'],
          form: 'YYYY-MM or YYYY-MM-DD, e.g. 2019-05 or 2019-05-01',
        });
      }
    });
  });
  return found.flatMap(({ value, path, form }) => {
    const problem = dateProblem(value);
    return problem
      ? [
          error('bad-date', `\`${showPath(path)}\` ${value} is not a date: ${problem}`, {
            span: spanAt(src, path),
            expected: `a date as ${form}`,
            hint: 'check the month and day',
          }),
        ]
      : [];
  });
}

function checkLanguage(sheet: Sheet, src: SourceFile): Diagnostic[] {
  const tag = sheet.language;
  if (typeof tag !== 'string') return [];
  const span = spanAt(src, ['language']);
  const like = 'use a tag like en, en-US, fr-FR or de-DE';
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  if (!canonical)
    return [
      error('bad-language', `language tag \`${tag}\` is not a valid language tag`, {
        span,
        expected: 'a language tag like en or en-US',
        hint: like,
      }),
    ];
  if (Intl.NumberFormat.supportedLocalesOf(canonical).length === 0) {
    return [
      error('bad-language', `language tag \`${tag}\` is not a language numbers and dates can be written in`, {
        span,
        expected: 'a language tag like en or en-US',
        hint: like,
      }),
    ];
  }
  if (canonical !== tag && canonical.toLowerCase() === tag.toLowerCase()) {
    return [
      error('bad-language', `language tag \`${tag}\` is not written in its standard form`, {
        span,
        expected: `\`${canonical}\``,
        hint: `write \`${canonical}\``,
      }),
    ];
  }
  return [];
}

function checkUrls(sheet: Sheet, src: SourceFile): Diagnostic[] {
  return sheet.sections.flatMap((item, i) => {
    const { kind, body } = sectionParts(item);
    const url = body.url;
    if (kind !== 'cta' || typeof url !== 'string' || url.length <= QR_URL_WARN) return [];
    const path = ['sections', i, kind, 'url'];
    const hint =
      'use a shorter address: a page on your own site that redirects there, without tracking parameters';
    if (url.length > QR_URL_MAX) {
      return [
        error(
          'url-too-long',
          `\`${showPath(path)}\` is ${url.length} characters, too long to print as a QR code`,
          {
            span: spanAt(src, path),
            expected: `at most ${QR_URL_MAX} characters (${QR_URL_WARN} or fewer scan best)`,
            hint,
          },
        ),
      ];
    }
    return [
      warning(
        'url-long',
        `\`${showPath(path)}\` is ${url.length} characters; ` +
          'its QR code will be dense and may not scan when printed',
        {
          span: spanAt(src, path),
          expected: `${QR_URL_WARN} characters or fewer`,
          hint,
        },
      ),
    ];
  });
}

/** Control characters but tab and newline; U+2028/U+2029 separators. (Soft hyphen U+00AD is allowed.) */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

const NAMES: Record<number, string> = {
  0x0b: 'a vertical tab',
  0x0c: 'a form feed',
  0x0d: 'a carriage return',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
};

/** Characters Word and other editors put where a line break was meant. */
const LINE_BREAKS = new Set([0x0b, 0x0c, 0x0d, 0x2028, 0x2029]);

function checkControls(sheet: Sheet, src: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (node: unknown, path: DataPath): void => {
    if (typeof node === 'string') {
      const m = CONTROL.exec(node);
      if (!m) return;
      const code = m[0].codePointAt(0)!;
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      const name = `${NAMES[code] ?? 'a control character'} (U+${hex})`;
      out.push(
        error('control-character', `\`${showPath(path)}\` contains ${name}`, {
          span: spanAt(src, path),
          hint: LINE_BREAKS.has(code)
            ? 'replace it with a new line (in text pasted from Word, Shift+Enter makes one)'
            : 'remove it: it cannot be printed (it was probably pasted in by accident)',
        }),
      );
      return;
    }
    if (Array.isArray(node)) node.forEach((v, k) => walk(v, [...path, k]));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(sheet, []);
  return out;
}

/** Markup that would print otherwise than meant: a `**` never closed prints its stars. */
function checkMarkup(sheet: Sheet, src: SourceFile): Diagnostic[] {
  return richTexts(sheet)
    .filter((t) => unclosedBold(t.value) >= 0)
    .map((t) =>
      warning(
        'markup',
        `\`${showPath(t.path)}\` opens bold with \`**\` and never closes it; the stars are printed`,
        {
          span: spanAt(src, t.path),
          hint: 'put `**` after the last bold word too, or write `\\*\\*` for literal stars',
        },
      ),
    );
}
