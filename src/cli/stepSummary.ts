/**
 * Under GitHub Actions, appends the contact sheet's table (sheet, status, pages, size, problems)
 * as Markdown to the job's summary page (`$GITHUB_STEP_SUMMARY`), so a reviewer sees the batch
 * without downloading the artifact.
 */
import * as fs from 'node:fs';
import type { BatchSummary } from '../build/batch.js';
import { formatBytes } from '../preview/html.js';
import { copyfitNote, problemLine, sheetEntry, statusOf } from '../preview/entries.js';
import type { CliIo } from './io.js';

export function writeStepSummary(summary: BatchSummary, out: string, io: CliIo): void {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    fs.appendFileSync(file, stepSummaryMarkdown(summary, out));
  } catch {
    // the summary is a courtesy; the build's own output already said everything
  }
}

export function stepSummaryMarkdown(summary: BatchSummary, out: string): string {
  const lines = [
    `### factsheet: ${summary.results.length} sheets, ${summary.built} built, ` +
      `${summary.skipped} up to date, ${summary.failed} failed`,
    '',
    '| sheet | status | pages | size | problems |',
    '| --- | --- | ---: | ---: | --- |',
  ];
  for (const r of summary.results) {
    const e = sheetEntry(out, r);
    const notes = [...e.errors, ...e.warnings].map(problemLine);
    const fit = copyfitNote(e);
    if (fit) notes.push(fit);
    const cells = [e.name, statusOf(e).label, String(e.pages ?? '–'), formatBytes(e.bytes)].map(cell);
    lines.push(`| ${[...cells, notes.map(cell).join('<br>')].join(' | ')} |`);
  }
  lines.push(
    '',
    `The PDFs and \`${out.split(/[\\/]/).pop()}/index.html\` (thumbnails) are in the artifact.`,
    '',
  );
  return `${lines.join('\n')}\n`;
}

/** Table cells hold one line of plain text: pipes, markup and control characters escaped. */
function cell(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`);
}
