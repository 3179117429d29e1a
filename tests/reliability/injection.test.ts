/**
 * Content cannot inject GitHub workflow commands or terminal control sequences: every string
 * the CLI prints from a diagnostic (message, expected, found, hint, file name, code frame) has
 * its control characters escaped, and each problem is exactly one `::error` line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

const GH = { env: { GITHUB_ACTIONS: 'true' } };

/** No raw control character but LF; every line that starts with `::` is one of our annotations. */
function expectClean(stderr: string) {
  expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  for (const line of stderr.split('\n').filter((l) => /^\s*::/.test(l))) {
    expect(line).toMatch(/^::(error|warning) (file=[^:,\n]*,line=\d+,col=\d+,)?title=factsheet [\w-]+::[^\n]*$/);
  }
  expect(stderr).not.toMatch(/^\s*::(add-mask|set-output|stop-commands)/m);
  const human = stderr.split('\n').filter((l) => /^[^:\s][^\n]*:\d+:\d+: error: /.test(l) || /^error: /.test(l));
  const annotations = stderr.split('\n').filter((l) => l.startsWith('::error'));
  expect(annotations.length).toBe(human.length);
  expect(annotations.length).toBeGreaterThan(0);
}

async function validate(sheet: string, name = 'bad.yaml') {
  const dir = sheetDir({ [name]: sheet });
  return runCli(['validate', path.join(dir, name)], GH);
}

describe('printing content safely', () => {
  it('a value with a newline, `::error::`, ESC and BEL', async () => {
    const r = await validate(MINIMAL_SHEET.replace('value: 435', 'value: "lots\\n::error::pwned\\e[31m\\a"'));
    expect(r.code).toBe(1);
    expectClean(r.stderr);
    expect(r.stderr).toContain('\\u001b[31m\\u0007');
    expect(r.stderr).not.toContain('\n::error::pwned');
  });

  it('a key with `::add-mask::` after a newline, and its code frame', async () => {
    const r = await validate(MINIMAL_SHEET.replace('header:', '"x\\n::add-mask::secret\\e]0;t\\u0007": 1\nheader:'));
    expect(r.code).toBe(1);
    expectClean(r.stderr);
    expect(r.stderr).toMatch(/unknown key `x\\u000a::add-mask::secret\\u001b\]0;t\\u0007`/);
  });

  it('a raw ESC and C1 byte on a line shows escaped in the code frame, tabs kept', async () => {
    const r = await validate(MINIMAL_SHEET.replace('value: 435', 'value: lots\u001b[2J\u009b'));
    expectClean(r.stderr);
    expect(r.stderr).toContain('  8 |         - value: lots\\u001b[2J\\u009b');
  });

  it('an image path with a newline and workflow command', async () => {
    const sheet = `${MINIMAL_SHEET}  - leader:\n      name: A\n      role: B\n      bio: C\n      photo:\n        src: "a\\n::error file=x::pwned%0A.jpg"\n        alt: A\n`;
    const r = await validate(sheet);
    expectClean(r.stderr);
    expect(r.stderr).toContain('image `a\\u000a::error file=x::pwned%0A.jpg` not found');
    expect(r.stderr).toContain('::error file=');
    expect(r.stderr).toMatch(/^::error file=[^\n]*::image `a%0A::error file=x::pwned%250A\.jpg` not found/m);
  });

  it('a file name with a newline, `::`, a comma and a colon', async () => {
    const name = 'x\n::error::pwned,a:b.yaml';
    const dir = sheetDir({ [name]: MINIMAL_SHEET.replace('value: 435', 'value: lots') });
    expect(fs.existsSync(path.join(dir, name))).toBe(true);
    const r = await runCli(['validate', name], { cwd: dir, ...GH });
    expectClean(r.stderr);
    expect(r.stderr).toContain('x\\u000a::error::pwned,a:b.yaml:8:18: error:');
    expect(r.stderr).toMatch(/^::error file=[^\n:,]*\/x%0A%3A%3Aerror%3A%3Apwned%2Ca%3Ab\.yaml,line=8,col=18,title=factsheet [\w-]+::/m);
  });
});
