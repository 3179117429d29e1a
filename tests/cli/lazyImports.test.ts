/**
 * `factsheet --version`, `--help` and `schema` start fast because the compiled CLI's static
 * imports reach none of the heavy libraries: each command is imported when it runs. This walks
 * the static `import … from` graph of dist/cli.js (what Node loads before `main` runs), as the
 * compiler wrote it, and of dist/factsheet.js, the bundle of it the `factsheet` command runs
 * (src/cli/writeBundle.ts), and names any package it reaches.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/sheetDir.js';

const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Every package (bare specifier, not node:) reached from `entry` through static imports. */
function staticPackages(entry: string): { packages: Set<string>; files: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? m[2] ?? '';
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  visit(entry);
  return { packages, files };
}

describe('what the CLI loads before a command runs', () => {
  it('is no library at all: --version, --help and schema need none', () => {
    const { packages, files } = staticPackages(path.join(REPO, 'dist/cli.js'));
    expect([...packages]).toEqual([]);
    // The walk really followed the graph: main and the usage text are among the files.
    expect([...files].map((f) => path.basename(f))).toEqual(expect.arrayContaining(['main.js', 'usage.js']));
  });

  it('is no library for the bundled command either: the file `factsheet` runs', () => {
    type Pkg = { bin: Record<string, string> };
    const bin = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Pkg).bin.factsheet!;
    expect(bin).toBe('dist/factsheet.js');
    const { packages, files } = staticPackages(path.join(REPO, bin));
    expect([...packages]).toEqual([]);
    // A handful of files in all, not the compiler's module per source file.
    expect(files.size).toBeGreaterThan(1);
    expect(files.size).toBeLessThan(10);
    expect([...files].every((f) => path.dirname(f) === path.join(REPO, 'dist'))).toBe(true);
    // Nor a library bundled into them (yaml and handlebars are, in chunks loaded by a command).
    const holdsLibrary = (f: string) => /^\/\/ node_modules\//m.test(fs.readFileSync(f, 'utf8'));
    expect([...files].filter(holdsLibrary)).toEqual([]);
  });

  it('finds a library bundled into a chunk, so the check above can fail', () => {
    const dist = path.join(REPO, 'dist');
    const chunks = fs.readdirSync(dist).filter((f) => f.startsWith('factsheet-chunk-'));
    const text = (f: string) => fs.readFileSync(path.join(dist, f), 'utf8');
    const holding = (name: string) => chunks.filter((f) => text(f).includes(`// node_modules/${name}/`));
    expect(holding('yaml')).toHaveLength(1);
    expect(holding('handlebars')).toHaveLength(1);
  });

  it('is no TypeBox for a build: sheets are checked by code generated at build time', () => {
    // dist/schema/compiled.js replaces the TypeBox compiler (src/schema/compiled.ts).
    const { packages, files } = staticPackages(path.join(REPO, 'dist/cli/buildOne.js'));
    expect([...files].map((f) => path.basename(f))).toEqual(expect.arrayContaining(['checkSections.js']));
    expect([...packages].filter((p) => p.startsWith('@sinclair/typebox'))).toEqual([]);
  });

  it('finds a library imported statically, so the checks above can fail', () => {
    const { packages } = staticPackages(path.join(REPO, 'dist/cli/buildOne.js'));
    expect([...packages]).toEqual(expect.arrayContaining(['pdfkit', 'fontkit']));
  });
});
