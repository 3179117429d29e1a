/** `--templates DIR` reaches every command that renders: watch mode watches it, validate --render uses it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { memoryIo, runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

/** A sheet folder with a private copy of the templates. */
function withTemplates() {
  const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET });
  // Named `templates`, so looking for sheets in the folder skips it.
  const templates = path.join(dir, 'templates');
  fs.cpSync(TEMPLATES_DIR, templates, { recursive: true });
  return { dir, templates, out: path.join(dir, 'out') };
}

describe('--templates', () => {
  it('build --watch rebuilds when a template in the given folder changes', async () => {
    const w = withTemplates();
    const stop = new AbortController();
    const { io, waitFor } = memoryIo({ signal: stop.signal });
    const watching = main(['build', w.dir, '--out', w.out, '--templates', w.templates, '--watch'], io);
    try {
      await waitFor(/watching \d+ folders/);
      fs.appendFileSync(path.join(w.templates, 'program-office', 'template.yaml'), '\n# edited\n');
      await waitFor(/built .*x\.yaml in \d+ ms[\s\S]*built .*x\.yaml in \d+ ms/);
    } finally {
      stop.abort();
    }
    expect(await watching).toBe(0);
  });

  it('validate --render lays sheets out with the given templates', async () => {
    const w = withTemplates();
    const partial = path.join(w.templates, 'partials', 'sections', 'stats.hbs');
    fs.writeFileSync(partial, `{{section.titel}}\n${fs.readFileSync(partial, 'utf8')}`);
    expect(await runCli(['validate', w.dir, '--render'])).toMatchObject({ code: 0 });
    const own = await runCli(['validate', w.dir, '--render', '--templates', w.templates]);
    expect(own.code).toBe(1);
    expect(own.stderr).toMatch(/stats\.hbs:1:\d+: error: template `.*` failed: .*titel/);
  });
});
