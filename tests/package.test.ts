/**
 * What `npm pack` puts in the package (package.json `files`): every file the code reads from
 * beside itself at run time, wherever in the repository it lives, so moving one cannot leave an
 * installed factsheet without it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS_DIR, SCHEMA_DIR, TEMPLATES_DIR } from '../src/paths.js';
import { PRINT_PROFILE_FILE } from '../src/print/printProfile.js';
import { SVG_TO_PDFKIT_FILE } from '../src/svgToPdf.js';
import { REPO } from './helpers/sheetDir.js';

/** The package's files, relative to its root, as npm would publish them (nothing is built). */
function packedFiles(): string[] {
  const args = ['pack', '--dry-run', '--json', '--ignore-scripts'];
  const out = execFileSync('npm', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
  return pack!.files.map((f) => f.path);
}

const relative = (file: string) => path.relative(REPO, file).split(path.sep).join('/');

describe('the published package', () => {
  const packed = packedFiles();

  it('holds the JSON Schemas, the print profile and svg-to-pdfkit, read from beside the code', () => {
    const files = [
      path.join(SCHEMA_DIR, 'sheet.schema.json'),
      path.join(SCHEMA_DIR, 'org.schema.json'),
      PRINT_PROFILE_FILE,
      SVG_TO_PDFKIT_FILE,
    ];
    for (const file of files) {
      expect(fs.existsSync(file), relative(file)).toBe(true);
      expect(packed).toContain(relative(file));
    }
  });

  it('holds the bundled templates and fonts, the CLI and what package.json exports', () => {
    expect(packed).toContain(`${relative(TEMPLATES_DIR)}/casework/template.yaml`);
    expect(packed.some((f) => f.startsWith(`${relative(FONTS_DIR)}/`) && f.endsWith('.ttf'))).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(packed).toContain(path.posix.normalize(pkg.bin.factsheet));
    expect(packed).toContain(path.posix.normalize(pkg.exports['.'].import));
    // No tests, sources or tooling: the TypeScript sources ship only as the compiled dist/.
    const source = (f: string) =>
      /^(tests|\.ci|\.github)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts'));
    expect(packed.filter(source)).toEqual([]);
  });
});
