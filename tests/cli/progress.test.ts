import { describe, expect, it } from 'vitest';
import type { SheetResult } from '../../src/cli/buildOne.js';
import { createProgress, progressMode } from '../../src/cli/progress.js';

const sink = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { stream: { isTTY, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
};
const result = (file: string, status: SheetResult['status']): SheetResult => ({ file, outFile: `out/${file}.pdf`, status, pages: 2, ms: 12, diagnostics: [] });

describe('progress', () => {
  it('draws a bar in place on a terminal, and lines elsewhere or under CI', () => {
    expect(progressMode(false, { env: {}, stdout: sink(true).stream })).toBe('tty');
    expect(progressMode(false, { env: { CI: 'true' }, stdout: sink(true).stream })).toBe('lines');
    expect(progressMode(false, { env: {}, stdout: sink(false).stream })).toBe('lines');
    expect(progressMode(true, { env: {}, stdout: sink(true).stream })).toBe('quiet');
  });

  it('redraws one line with a growing bar, and keeps failures on their own line', () => {
    const out = sink(true);
    const p = createProgress(4, 'tty', out.stream);
    p.result(result('a', 'built'));
    p.result(result('b', 'failed'));
    p.done();
    expect(out.text()).toContain('\r\x1b[K[######------------------] 1/4 a');
    expect(out.text()).toContain('\r\x1b[Kfail b\n');
    expect(out.text()).toContain('[############------------] 2/4 b');
  });

  it('prints one plain line per sheet when not on a terminal', () => {
    const out = sink(false);
    const p = createProgress(2, 'lines', out.stream);
    p.result(result('a', 'built'));
    p.result(result('b', 'skipped'));
    expect(out.text()).toBe('ok   a → out/a.pdf (2 pages, 12 ms)\nskip b (up to date)\n');
  });
});
