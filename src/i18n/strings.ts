/**
 * Turns the strings tables (templates/strings/<language>.yaml) and a sheet's `language` into
 * the words a template and a chart print that are not content: default section titles,
 * "Source:", "Photo:", the pseudonym note, generated chart descriptions.
 *
 * Layers, later winning: English; the template's own `labels:` (English wording of one
 * template); the language's table (its general tag first, "es" before "es-MX"); the
 * language's wording for this template (`templates: { casework: {...} }` in its table). A
 * word the language lacks is printed in English, with a warning naming the file to add it to.
 */
import * as path from 'node:path';
import { warning, type Diagnostic, type Result } from '../diag/diagnostic.js';
import { readYaml } from '../loadSheet.js';
import type { World } from '../world.js';

export interface StringTable {
  /** Wording every template shares, by key. */
  common: Record<string, string>;
  /** Wording of one template, by template name, over `common`. */
  templates: Record<string, Record<string, string>>;
  file: string;
}

/** Tables by lower-case language tag ("en", "zh-hant"). */
export type StringTables = ReadonlyMap<string, StringTable>;

export const STRINGS_DIR = 'strings';
const BASE = 'en';

/** The table files in a templates folder (their contents are part of a template's identity). */
export async function stringFiles(templatesDir: string, world: World): Promise<string[]> {
  const dir = path.join(templatesDir, STRINGS_DIR);
  return (await world.list(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
}

export async function readStringTables(templatesDir: string, world: World): Promise<Result<StringTables>> {
  const tables = new Map<string, StringTable>();
  const diagnostics: Diagnostic[] = [];
  for (const file of await stringFiles(templatesDir, world)) {
    const read = await readYaml(file, world);
    diagnostics.push(...read.diagnostics);
    const data = (read.value?.data ?? {}) as Record<string, unknown>;
    const { templates, ...common } = data;
    tables.set(path.basename(file, '.yaml').toLowerCase(), {
      common: onlyStrings(common),
      templates: Object.fromEntries(
        Object.entries((templates ?? {}) as Record<string, unknown>).map(([k, v]) => [k, onlyStrings(v)]),
      ),
      file,
    });
  }
  return { value: tables, diagnostics };
}

const onlyStrings = (data: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries((data ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === 'string'),
  ) as Record<string, string>;

/**
 * The tables a language tag reads, general first: "zh-HK" → zh, zh-hant, zh-hant-hk (Hong
 * Kong writes Traditional Chinese: the script comes from the tag's likely subtags).
 */
export function languageChain(tag: string): string[] {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return [tag.toLowerCase()];
  }
  const { language, script, region } = locale.maximize();
  const explicit = locale.script ?? (language === 'zh' ? script : undefined);
  const chain = [language];
  if (explicit) chain.push(`${language}-${explicit}`);
  if (locale.region) chain.push(`${language}${explicit ? `-${explicit}` : ''}-${region}`);
  return [...new Set(chain.map((c) => c.toLowerCase()))];
}

export function localStrings(
  tables: StringTables,
  language: string,
  template: string,
  templateLabels: Readonly<Record<string, string>> = {},
): Result<Record<string, string>> {
  const base = tables.get(BASE);
  const english = { ...base?.common, ...base?.templates[template], ...templateLabels };
  const own = languageChain(language)
    .map((tag) => tables.get(tag))
    .filter((t): t is StringTable => t !== undefined && t !== base);
  const local = Object.assign({}, ...own.flatMap((t) => [t.common, t.templates[template] ?? {}])) as Record<
    string,
    string
  >;
  const value = { ...english, ...local };
  if (languageChain(language)[0] === BASE) return { value, diagnostics: [] };
  const missing = Object.keys(english).filter((k) => !(k in local));
  if (!missing.length) return { value, diagnostics: [] };
  if (!own.length) return { value, diagnostics: [noTable(language, newFile(tables, language))] };
  const where = own.at(-1)?.file ?? newFile(tables, language);
  return { value, diagnostics: [missingWords(language, missing, where)] };
}

/** Where a language's table would go: beside the English one. */
const newFile = (tables: StringTables, language: string) =>
  path.join(path.dirname(tables.get(BASE)?.file ?? STRINGS_DIR), `${language}.yaml`);

function noTable(language: string, where: string) {
  const name = languageName(language);
  return warning('strings', `no strings table for ${name}: its words are printed in English`, {
    hint: `add ${where}: a copy of the English table, translated`,
  });
}

const languageName = (tag: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;

function missingWords(language: string, keys: string[], where: string) {
  const name = languageName(language);
  const listed = keys.map((k) => `\`${k}\``).join(', ');
  return warning('strings', `no ${name} wording for ${listed}: printed in English`, {
    hint: `add ${keys.length > 1 ? 'them' : 'it'} to ${where}`,
  });
}
