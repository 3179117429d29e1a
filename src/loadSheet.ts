/**
 * Turns a sheet file path into a LoadedSheet: the sheet and its organisation file read,
 * validated and cross-checked (footnotes, charts, images), with every problem as a diagnostic.
 */
import * as path from 'node:path';
import type { BoundedCache } from './cache.js';
import {
  error,
  hasErrors,
  withLineText,
  type Diagnostic,
  type Result,
  type Span,
} from './diag/diagnostic.js';
import { LIMITS } from './load/limits.js';
import { ORG_FILE } from './load/orgFile.js';
import { loadYaml, type LoadedYaml } from './load/loadYaml.js';
import { resolveInFolder, type ResolveProblem } from './load/resolveFile.js';
import type { SourceFile } from './load/sourceFile.js';
import { spanAt } from './load/spanAt.js';
import type { Org } from './schema/org.js';
import type { Sheet } from './schema/sheet.js';
import { checkImages, findImageRefs, type ResolvedImage } from './validate/checkImages.js';
import { readFailure } from './load/readFailure.js';
import { checkReferences } from './validate/checkReferences.js';
import { checkSheetShape } from './validate/checkSections.js';
import { checkValues } from './validate/checkValues.js';
import { validateData } from './validate/validateSheet.js';
import type { World } from './world.js';

export interface LoadedSheet {
  /** The sheet file as the user named it. */
  file: string;
  sheet: Sheet;
  org: Org;
  /** The organisation file it uses. */
  orgFile: string;
  /** That file as read, when it was (for messages about brand colours). */
  orgSource?: SourceFile;
  source: SourceFile;
  /** Images by their `src` as written in the sheet. */
  images: Map<string, ResolvedImage>;
}

export { ORG_FILE };

/** Where the organisation's logo sits among a sheet's images; templates draw `<image src="{{logo}}">`. */
export const LOGO_IMAGE = 'org:brand.logo';

/** An organisation file, read and checked, with its logo when it names one. */
export interface LoadedOrg {
  org: Org;
  source?: SourceFile;
  logo?: ResolvedImage;
}

/** Reads and parses a YAML file, refusing files too big to be a sheet. */
export async function readYaml(file: string, world: World): Promise<Result<LoadedYaml | undefined>> {
  const text = await readYamlText(file, world);
  if (text.value === undefined) return { value: undefined, diagnostics: text.diagnostics };
  return loadYaml(file, text.value);
}

/** Reads a YAML file's text, refusing files too big to be a sheet. */
async function readYamlText(file: string, world: World): Promise<Result<string | undefined>> {
  const info = await world.info(file);
  const at = { file, start: 0, end: 0, line: 1, col: 1 };
  if (!info)
    return { value: undefined, diagnostics: [error('not-found', `file not found: ${file}`, { span: at })] };
  if (!info.isFile)
    return {
      value: undefined,
      diagnostics: [error('not-a-file', `not a regular file: ${file}`, { span: at })],
    };
  if (info.size > LIMITS.yamlBytes) {
    return {
      value: undefined,
      diagnostics: [
        error(
          'too-big',
          `the file is ${Math.round(info.size / 1024)} KiB; ` +
            `a sheet may be at most ${LIMITS.yamlBytes / 1024} KiB`,
          { span: at, hint: 'is this really a fact sheet? split it or remove pasted content' },
        ),
      ],
    };
  }
  try {
    return { value: await world.readText(file), diagnostics: [] };
  } catch (e) {
    const d = error('read', `cannot read ${file}: ${readFailure(e)}`, {
      span: at,
      hint: 'check that the file can be read (its permissions, the disk) and build again',
    });
    return { value: undefined, diagnostics: [d] };
  }
}

/** Parses sheet text; checks the schema and references, but not files (org, images). */
export function parseSheetText(
  text: string,
  file: string,
): Result<{ sheet: Sheet; source: SourceFile } | undefined> {
  return checkSheetYaml(loadYaml(file, text), file);
}

/** Checks a sheet's parsed YAML: the schema and references, but not files (org, images). */
function checkSheetYaml(
  loaded: Result<LoadedYaml>,
  file: string,
): Result<{ sheet: Sheet; source: SourceFile } | undefined> {
  const own = [{ file, text: loaded.value.source.text }];
  if (hasErrors(loaded.diagnostics))
    return { value: undefined, diagnostics: withLineText(loaded.diagnostics, own) };
  const checked = validateData<Sheet>('sheetShell', loaded.value, 'a fact sheet', checkSheetShape);
  const diagnostics = [...loaded.diagnostics, ...checked.diagnostics];
  if (checked.value) {
    diagnostics.push(...checkReferences(checked.value, loaded.value.source));
    diagnostics.push(...checkValues(checked.value, loaded.value.source));
  }
  const value =
    checked.value && !hasErrors(diagnostics)
      ? { sheet: checked.value, source: loaded.value.source }
      : undefined;
  return { value, diagnostics: withLineText(diagnostics, own) };
}

/** `orgs`: the engine's, so the sheets of a batch parse their shared organisation file once. */
export async function readSheet(
  file: string,
  world: World,
  orgs?: OrgCache,
): Promise<Result<LoadedSheet | undefined>> {
  const read = await readYaml(file, world);
  if (!read.value || hasErrors(read.diagnostics)) {
    return {
      value: undefined,
      diagnostics: withLineText(read.diagnostics, read.value ? [read.value.source] : []),
    };
  }
  // Parsed once: YAML with positions is the largest part of reading a sheet.
  const parsed = checkSheetYaml({ value: read.value, diagnostics: read.diagnostics }, file);
  if (!parsed.value) return { value: undefined, diagnostics: parsed.diagnostics };
  const { sheet, source } = parsed.value;
  const org = await readOrg(sheet, source, world, orgs);
  const images = await checkImages(findImageRefs(sheet), source, world);
  if (org.value?.logo) images.images.set(LOGO_IMAGE, org.value.logo);
  const diagnostics = withLineText(
    [...parsed.diagnostics, ...org.diagnostics, ...images.diagnostics],
    [source],
  );
  if (!org.value || hasErrors(diagnostics)) return { value: undefined, diagnostics };
  return {
    value: {
      file,
      sheet,
      org: org.value.org,
      orgFile: orgFileOf(sheet, source),
      orgSource: org.value.source,
      source,
      images: images.images,
    },
    diagnostics,
  };
}

export function orgFileOf(sheet: Sheet, source: SourceFile): string {
  return path.join(path.dirname(source.file), sheet.org ?? ORG_FILE);
}

const ORG_PROBLEMS: Record<Exclude<ResolveProblem, 'not-found'>, string> = {
  'web-address': 'is a web address; the organisation file must be a file',
  outside: "is outside the sheet's folder",
  'links-outside': "links to a file outside the sheet's folder",
  'not-a-file': 'is not a regular file',
  'too-big': `is too big; an organisation file may be at most ${LIMITS.yamlBytes / 1024} KiB`,
};

export async function readOrg(
  sheet: Sheet,
  source: SourceFile,
  world: World,
  orgs?: OrgCache,
): Promise<Result<LoadedOrg | undefined>> {
  const orgFile = orgFileOf(sheet, source);
  const span = sheet.org ? spanAt(source, ['org']) : spanAt(source, []);
  const resolved = await resolveInFolder(
    path.dirname(path.resolve(source.file)),
    sheet.org ?? ORG_FILE,
    world,
    LIMITS.yamlBytes,
  );
  if (!resolved.ok && resolved.problem === 'not-found')
    return { value: undefined, diagnostics: [noOrg(sheet, orgFile, span)] };
  if (!resolved.ok) {
    const d = error(
      'org-file',
      `organisation file \`${sheet.org ?? ORG_FILE}\` ` +
        ORG_PROBLEMS[resolved.problem as Exclude<ResolveProblem, 'not-found'>],
      {
        span,
        hint:
          "keep the organisation file in the sheet's folder (or a folder below it) as a plain YAML file, " +
          'and point `org:` at it',
      },
    );
    return { value: undefined, diagnostics: [d] };
  }
  return readOrgFile(orgFile, world, orgs);
}

function noOrg(sheet: Sheet, orgFile: string, span: Span): Diagnostic {
  return error('no-org', `organisation file not found: ${orgFile}`, {
    span,
    hint: sheet.org
      ? 'the path is relative to the sheet file'
      : `every sheet shares one ${ORG_FILE} in its folder (name, footer, brand); ` +
        'create it, or point `org:` at it',
  });
}

/** An organisation file parsed and checked (its logo apart), and the text it was parsed from. */
interface ParsedOrg {
  text: string;
  read: Result<LoadedYaml>;
  /** Undefined when the YAML has errors. */
  checked?: Result<Org | undefined>;
}

/**
 * Parsed organisation files by path. A hit is used only while the file reads as the same text,
 * so an edit (watch mode, a server) is parsed again; the logo is checked afresh every time.
 */
export type OrgCache = BoundedCache<string, ParsedOrg>;

function parseOrg(file: string, text: string): ParsedOrg {
  const read = loadYaml(file, text);
  if (hasErrors(read.diagnostics)) return { text, read };
  return { text, read, checked: validateData<Org>('org', read.value, 'an organisation file') };
}

function parsedOrg(file: string, text: string, orgs: OrgCache | undefined): ParsedOrg {
  const hit = orgs?.get(file);
  if (hit?.text === text) return hit;
  const parsed = parseOrg(file, text);
  orgs?.set(file, parsed);
  return parsed;
}

/** Reads an organisation file and its logo (also when `validate` meets org.yaml in a folder). */
export async function readOrgFile(
  file: string,
  world: World,
  orgs?: OrgCache,
): Promise<Result<LoadedOrg | undefined>> {
  const text = await readYamlText(file, world);
  if (text.value === undefined) return { value: undefined, diagnostics: text.diagnostics };
  const { read, checked } = parsedOrg(file, text.value, orgs);
  const own = [read.value.source];
  if (!checked) return { value: undefined, diagnostics: withLineText(read.diagnostics, own) };
  const org = checked.value;
  const src = org?.brand?.logo;
  const logo = src
    ? await checkImages([{ path: ['brand', 'logo'], src, alt: org.name }], read.value.source, world, true)
    : undefined;
  const diagnostics = [...read.diagnostics, ...checked.diagnostics, ...(logo?.diagnostics ?? [])];
  const ok = org && !hasErrors(diagnostics);
  const logoImage = src ? logo?.images.get(src) : undefined;
  const value = ok ? { org, source: read.value.source, logo: logoImage } : undefined;
  return { value, diagnostics: withLineText(diagnostics, own) };
}
