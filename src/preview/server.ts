/**
 * The preview server: a preview session behind HTTP on 127.0.0.1 only. Pages are rendered from
 * the session's state on each request; server-sent events (`/events`) tell open pages when a
 * build starts and ends, and their script swaps in the new content. Any error becomes a page.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { FONTS_DIR } from '../paths.js';
import { CLIENT_SCRIPT } from './client.js';
import { esc, page } from './html.js';
import { route } from './routes.js';
import { PreviewSession, type PreviewEvent, type PreviewOptions } from './session.js';

export interface PreviewServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  session: PreviewSession;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.pdf': 'application/pdf', '.png': 'image/png', '.ttf': 'font/ttf' };

/** Builds once, then listens; `port` 0 (the default) takes a free port. */
export async function startPreview(options: PreviewOptions & { port?: number }): Promise<PreviewServer> {
  const { port = 0, ...sessionOptions } = options;
  const session = new PreviewSession(sessionOptions);
  await session.start();
  const streams = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    try {
      handle(req, res, session, streams);
    } catch (e) {
      send(
        res,
        500,
        'text/html',
        page({ title: 'Preview error', body: `<div class="banner">${esc(String(e))}</div>` }),
      );
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    session,
    async close() {
      for (const s of streams) s.end();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await session.close();
    },
  };
}

function handle(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  session: PreviewSession,
  streams: Set<http.ServerResponse>,
): void {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
  if (pathname === '/events') return openStream(res, session, streams, searchParams.get('page'));
  if (pathname === '/app.js') return send(res, 200, 'text/javascript', CLIENT_SCRIPT);
  const file = servedFile(pathname, session);
  if (file !== undefined) return sendFile(res, file);
  const view = route(pathname, session.state);
  const nav: [string, string][] = [
    ['Gallery', '/'],
    ['Templates', '/#templates'],
  ];
  const head = `${FONT_FACES}<script src="/app.js" defer></script>`;
  send(res, view.status, 'text/html', page({ ...view, nav, head, generation: session.state.generation }));
}

/** A path under /out, /starters or /fonts, as a file inside that folder; null when it is not one. */
function servedFile(pathname: string, session: PreviewSession): string | null | undefined {
  const [, top, ...rest] = pathname.split('/');
  const roots: Record<string, string> = {
    out: session.options.out,
    starters: session.startersOut,
    fonts: path.join(FONTS_DIR, 'Lato'),
  };
  const root = top ? roots[top] : undefined;
  if (!root) return undefined;
  const file = path.resolve(root, ...rest.map(decodeURIComponent));
  const inside = file.startsWith(path.resolve(root) + path.sep);
  return inside && TYPES[path.extname(file)] ? file : null;
}

function sendFile(res: http.ServerResponse, file: string | null): void {
  const st = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
  if (!file || !st?.isFile()) return send(res, 404, 'text/plain', 'not found');
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)]!,
    'content-length': st.size,
    'cache-control': 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}

function openStream(
  res: http.ServerResponse,
  session: PreviewSession,
  streams: Set<http.ServerResponse>,
  page: string | null,
): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  // A finished build carries the page's new content, rendered as the build is announced: the
  // open page needs no second request, which would wait behind the thumbnails and starters.
  const write = (e: PreviewEvent) => {
    const data = e.type === 'built' && page ? { ...e, html: route(page, session.state).body } : e;
    res.write(`event: ${e.type}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  write({ type: 'built', generation: session.state.generation });
  const off = session.on(write);
  streams.add(res);
  res.on('close', () => {
    off();
    streams.delete(res);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

const FONT_FACES = `<style>${[
  ['Regular', 400, 'normal'],
  ['Italic', 400, 'italic'],
  ['Bold', 700, 'normal'],
  ['Black', 900, 'normal'],
]
  .map(
    ([face, weight, style]) =>
      `@font-face{font-family:Lato;src:url(/fonts/Lato-${face}.ttf);` +
      `font-weight:${weight};font-style:${style}}`,
  )
  .join('')}</style>`;
