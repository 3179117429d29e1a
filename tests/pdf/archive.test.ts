/** PDF/A with PDF/UA in one file, PDF/A-3 carrying its source, and the file's identity. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { runCli } from '../helpers/runCli.js';
import { SHEETS, sheetDir } from '../helpers/sheetDir.js';

const news = path.join(SHEETS, 'news.yaml');

/** The document's XMP packet, read by pdf.js (an independent parser). */
async function xmpOf(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const meta = await doc.getMetadata();
  const raw = (meta.metadata as unknown as { _data?: string } | null)?._data ?? '';
  await doc.destroy();
  return raw || pdf.toString('latin1');
}

const trailerId = (pdf: Buffer) => /\/ID \[<([0-9a-f]{32})>/.exec(pdf.toString('latin1').slice(-600))![1];

describe('archive formats', () => {
  it('--pdfa claims PDF/A-2a and PDF/UA-1 together, describing pdfuaid in an extension schema', async () => {
    const xmp = await xmpOf(await renderFile(news, { pdfa: true }));
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(xmp).toMatch(/<pdfaSchema:namespaceURI>http:\/\/www.aiim.org\/pdfua\/ns\/id\/<\/pdfaSchema:namespaceURI>/);
    expect(xmp).toMatch(/<pdfaProperty:name>part<\/pdfaProperty:name>/);
  });

  it('writes the XMP twin of the modification date', async () => {
    const xmp = await xmpOf(await renderFile(news));
    const create = /<xmp:CreateDate>([^<]+)</.exec(xmp)![1];
    expect(xmp).toContain(`<xmp:ModifyDate>${create}</xmp:ModifyDate>`);
    expect(xmp).toContain(`<xmp:MetadataDate>${create}</xmp:MetadataDate>`);
  });

  it('--pdfa 3 carries the sheet YAML as its source, byte for byte', async () => {
    const pdf = await renderFile(news, { pdfa: 3 });
    const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const attachments = (await doc.getAttachments()) as Record<string, { filename: string; content: Uint8Array }>;
    await doc.destroy();
    const files = Object.values(attachments);
    expect(files.map((f) => f.filename)).toEqual(['news.yaml']);
    expect(Buffer.from(files[0]!.content).equals(fs.readFileSync(news))).toBe(true);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/AFRelationship \/Source/);
    expect(raw).toMatch(/\/AF \[\d+ 0 R\]/);
    expect(await xmpOf(pdf)).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
  });

  it('derives /ID from the content: the same sheet twice gives one ID, one changed word another', async () => {
    const first = await renderFile(news);
    expect(trailerId(await renderFile(news))).toBe(trailerId(first));
    const text = fs.readFileSync(news, 'utf8').replace(/^title: .*$/m, 'title: "A changed title"');
    const dir = sheetDir({ 'news.yaml': text });
    const changed = await renderFile(path.join(dir, 'news.yaml'));
    expect(trailerId(changed)).not.toBe(trailerId(first));
    // The outline is open, with the count of its entries (PDFBox asks for it).
    const outlines = /\/Outlines (\d+) 0 R/.exec(first.toString('latin1'))![1];
    expect(first.toString('latin1')).toMatch(new RegExp(`\\n${outlines} 0 obj\\n<<\\n/Count [1-9]`));
  });

  it('takes --pdfa with an optional part and refuses other parts', async () => {
    const out = path.join(sheetDir(), 'out');
    try {
      const ok = await runCli(['build', news, '--pdfa', '3', '--out', out]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(fs.readFileSync(path.join(out, 'news.pdf')).toString('latin1')).toMatch(/\/AFRelationship/);
      const bad = await runCli(['build', news, '--pdfa=4', '--out', out]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--pdfa takes the PDF/A part, 2 or 3, not `4`');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
