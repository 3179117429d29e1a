/** The preview server without a browser: its address, files, events, limits and survival. */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startPreview } from '../../src/preview/server.js';
import type { PreviewEvent } from '../../src/preview/session.js';
import { memoryIo } from '../helpers/runCli.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** The first server-sent event on /events, as its `event:` and `data:` lines. */
const firstEvent = (url: string) =>
  new Promise<string>((resolve, reject) => {
    const req = http.get(`${url}events`, (res) => {
      res.setEncoding('utf8');
      res.once('data', (chunk: string) => {
        req.destroy();
        resolve(chunk);
      });
    });
    req.on('error', reject);
  });

describe('factsheet preview', () => {
  it('prints its address on 127.0.0.1 (the port asked for) and serves pages, PDFs and events', async () => {
    const dir = sheetDir({ 'mumbai.yaml': MINIMAL_SHEET });
    const port = await freePort();
    const stop = new AbortController();
    const { io, text, waitFor } = memoryIo({ signal: stop.signal });
    const running = main(['preview', dir, '--out', path.join(dir, 'out'), '--port', String(port)], io);
    try {
      await waitFor(/preview of 1 sheets at http:\/\/127\.0\.0\.1:\d+\//, 60_000);
      const url = text.stdout.match(/http:\/\/127\.0\.0\.1:\d+\//)![0];
      expect(url).toBe(`http://127.0.0.1:${port}/`);
      const gallery = await fetch(url);
      expect(gallery.status).toBe(200);
      const html = await gallery.text();
      expect(html).toContain('data-sheet="mumbai"');
      expect(html).toContain('data-sheet="program-office"');
      const sheet = await (await fetch(`${url}sheet/mumbai`)).text();
      expect(sheet).toMatch(/src="\/out\/mumbai-1\.png\?v=\w+"/);
      const pdf = await fetch(`${url}out/mumbai.pdf`);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      expect(await firstEvent(url)).toMatch(/^event: built\ndata: \{"type":"built","generation":\d+\}\n\n/);
      expect((await fetch(`${url}sheet/nothing`)).status).toBe(404);
    } finally {
      stop.abort();
    }
    expect(await running).toBe(0);
  });

  it('serves only PDFs and page images from inside the output folder', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET });
    fs.writeFileSync(path.join(dir, 'secret.pdf'), '%PDF- not yours');
    const server = await startPreview({ roots: [dir], out: path.join(dir, 'out') });
    try {
      for (const p of [
        'out/..%2Fsecret.pdf',
        'out/%2e%2e/secret.pdf',
        'out/.factsheet-manifest.json',
        'out/index.html',
      ])
        expect((await fetch(`${server.url}${p}`)).status, p).toBe(404);
      expect((await fetch(`${server.url}out/x-1.png`)).headers.get('content-type')).toBe('image/png');
    } finally {
      await server.close();
    }
  });

  it('survives its sheets disappearing and says so on the page, then shows them again', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET });
    const server = await startPreview({
      roots: [path.join(dir, 'sheets')],
      out: path.join(dir, 'out'),
    }).catch((e: unknown) => e);
    // A folder that is not there yet is a problem to show, not a crash.
    expect(server).toHaveProperty('url');
    const s = server as Awaited<ReturnType<typeof startPreview>>;
    try {
      expect(await (await fetch(s.url)).text()).toContain('no such file or folder');
      const built = new Promise<PreviewEvent>((resolve) =>
        s.session.on((e) => e.type === 'built' && s.session.state.sheets.length && resolve(e)),
      );
      fs.mkdirSync(path.join(dir, 'sheets'));
      fs.copyFileSync(path.join(dir, 'org.yaml'), path.join(dir, 'sheets', 'org.yaml'));
      fs.writeFileSync(path.join(dir, 'sheets', 'y.yaml'), MINIMAL_SHEET);
      await s.session.rebuild();
      await built;
      const html = await (await fetch(s.url)).text();
      expect(html).toContain('data-sheet="y"');
      expect(html).not.toContain('no such file or folder');
    } finally {
      await s.close();
    }
  });
});
