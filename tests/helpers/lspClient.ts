/** A minimal Language Server Protocol client over stdio: enough to drive yaml-language-server. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly waiters: { method: string; test: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];

  constructor(command: string, args: string[], private readonly answer: (m: Message) => unknown = () => null) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    const reply = new Promise<Message>((resolve) => this.pending.set(id, resolve));
    this.send({ id, method, params });
    return reply.then((m) => (m.error ? Promise.reject(new Error(JSON.stringify(m.error))) : m.result));
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification of `method` whose params pass `test`; listen before causing it. */
  when<T>(method: string, test: (p: T) => boolean): Promise<T> {
    return new Promise((resolve) =>
      this.waiters.push({ method, test: test as (p: unknown) => boolean, resolve: resolve as (p: unknown) => void }),
    );
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    this.child.stdin.end();
    await exited;
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const head = this.buffer.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, head).toString())?.[1]);
      if (this.buffer.length < head + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(head + 4, head + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(head + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(m: Message): void {
    if (m.method && m.id !== undefined) this.send({ id: m.id, result: this.answer(m) });
    else if (m.id !== undefined) this.pending.get(m.id)?.(m);
    else if (m.method) {
      const i = this.waiters.findIndex((w) => w.method === m.method && w.test(m.params));
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(m.params);
    }
  }
}
