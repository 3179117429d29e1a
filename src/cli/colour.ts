/**
 * Colour for a terminal, through node's util.styleText: only when the stream is a terminal and
 * neither NO_COLOR (no-color.org) nor FORCE_COLOR=0 is set; FORCE_COLOR=1 asks for it in a pipe.
 */
import { styleText } from 'node:util';
import type { CliIo, OutStream } from './io.js';

export type Paint = (style: 'red' | 'yellow' | 'green' | 'bold', text: string) => string;

export function painter(stream: OutStream, env: CliIo['env']): Paint {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const wanted = !env.NO_COLOR && env.FORCE_COLOR !== '0' && (stream.isTTY === true || forced);
  // validateStream: false, because the decision is made here, for the stream the CLI was given.
  if (!wanted) return (_, text) => text;
  return (style, text) => styleText(style, text, { validateStream: false } as never);
}
