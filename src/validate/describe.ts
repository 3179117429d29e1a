/** Words for what a schema expects and what a value is, as a communications person reads them. */
import type { TSchema } from '@sinclair/typebox';

const PATTERN_WORDS: [RegExp, string][] = [
  [/^\^\(https\?/, 'a web address starting with https:// (or mailto:)'],
  [/^\^\(#/, 'a colour like #1a5e9a or cmyk(100, 40, 0, 20)'],
  [/^\^#/, 'a colour like #1a5e9a'],
  [/^\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/, 'a date like 2019-05-01'],
  [/^\^\\d\{4\}-\\d\{2\}\(/, 'a date like 2019-05 or 2019-05-01'],
  [/^\^\[a-z0-9\]\[a-z0-9-\]/, 'a name of lowercase letters, digits and dashes'],
  [/^\^\[a-zA-Z\]\{2,3\}/, 'a language tag like en or en-US'],
];

export function describeExpected(schema: TSchema): string {
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (Array.isArray(schema.anyOf)) {
    const consts = schema.anyOf.map((s: TSchema) => s.const);
    if (consts.every((c: unknown) => c !== undefined))
      return `one of ${consts.map((c: unknown) => `\`${String(c)}\``).join(', ')}`;
    return schema.anyOf.map(describeExpected).join(' or ');
  }
  switch (schema.type) {
    case 'string': {
      const pattern = typeof schema.pattern === 'string' ? schema.pattern : undefined;
      const word = pattern && PATTERN_WORDS.find(([re]) => re.test(pattern))?.[1];
      return word ?? 'text';
    }
    case 'integer':
      return `a whole number${range(schema)}`;
    case 'number':
      return `a number${range(schema)}`;
    case 'boolean':
      return '`true` or `false`';
    case 'array':
      // A two-number tuple is how a range is written: [20, 50].
      return schema.minItems === 2 && schema.maxItems === 2 && Array.isArray(schema.items)
        ? 'a range [low, high]'
        : 'a list (one `- item` per line)';
    case 'object':
      return 'a section of `key: value` lines';
    default:
      return 'a value';
  }
}

function range(schema: TSchema): string {
  const { minimum: lo, maximum: hi } = schema as { minimum?: number; maximum?: number };
  if (lo !== undefined && hi !== undefined && hi - lo < 1e6) return ` from ${lo} to ${hi}`;
  return '';
}

export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return value === '' ? 'empty text' : `text "${shown.replace(/\n/g, ' ')}"`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `\`${value}\``;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value instanceof Date)
    return `the date ${value.toISOString().slice(0, 10)} (write it in quotes to keep it as text)`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length
      ? `a section with ${keys
          .slice(0, 4)
          .map((k) => `\`${k}\``)
          .join(', ')}${keys.length > 4 ? ', …' : ''}`
      : 'an empty section';
  }
  return typeof value;
}

/** `stats.items[2].label` from ['stats', 'items', 2, 'label']. */
export function showPath(path: readonly (string | number)[]): string {
  return (
    path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') ||
    'the file'
  );
}
