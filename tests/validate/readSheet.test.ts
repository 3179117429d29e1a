import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/cache.js';
import { readSheet, type OrgCache } from '../../src/loadSheet.js';
import { diskWorld } from '../../src/world.js';
import { brief } from '../helpers/diagnostics.js';
import { makePng, pngHeader } from '../helpers/images.js';
import { MINIMAL_SHEET, SAMPLE_SHEETS, SHEETS, sheetDir } from '../helpers/sheetDir.js';

const world = diskWorld();
const withPhoto = (src: string) =>
  `${MINIMAL_SHEET}  - leader:\n      name: A\n      role: B\n      bio: C\n      photo:\n        src: ${src}\n        alt: A portrait\n`;
const jpeg = fs.readFileSync(path.join(SHEETS, 'images/director.jpg'));

async function imageDiagnostics(src: string, files: Record<string, string | Uint8Array> = {}) {
  const dir = sheetDir({ 'sheet.yaml': withPhoto(src), ...files });
  return brief((await readSheet(path.join(dir, 'sheet.yaml'), world)).diagnostics);
}

describe('readSheet', async () => {
  it.each(SAMPLE_SHEETS)('loads the sample sheet %s without a diagnostic', async (name) => {
    const { value, diagnostics } = await readSheet(path.join(SHEETS, `${name}.yaml`), world);
    expect(diagnostics).toEqual([]);
    expect(value?.org.name).toBe('International Justice Mission');
  });

  it('accepts an image inside the sheet folder', async () => {
    expect(await imageDiagnostics('images/me.jpg', { 'images/me.jpg': jpeg })).toEqual([]);
  });

  it('reports a missing image at its src line', async () => {
    expect(await imageDiagnostics('images/nope.jpg')).toEqual([
      '15:14 error image: image `images/nope.jpg` not found (the path is relative to the sheet file; check the spelling and the folder)',
    ]);
  });

  it('refuses images outside the sheet folder, devices and web addresses', async () => {
    expect((await imageDiagnostics('../../etc/passwd'))[0]).toMatch(/^15:14 error image: image `..\/..\/etc\/passwd` is outside the sheet's folder/);
    expect((await imageDiagnostics('/dev/zero'))[0]).toMatch(/is outside the sheet's folder/);
    expect((await imageDiagnostics('https://example.org/a.jpg'))[0]).toMatch(/is a web address; images must be files \(download the picture/);
  });

  it('refuses a symlink that leads out of the folder', async () => {
    const dir = sheetDir({ 'sheet.yaml': withPhoto('images/link.jpg') });
    fs.mkdirSync(path.join(dir, 'images'));
    fs.symlinkSync('/etc/hostname', path.join(dir, 'images/link.jpg'));
    expect(brief((await readSheet(path.join(dir, 'sheet.yaml'), world)).diagnostics)[0]).toMatch(/links to a file outside the sheet's folder/);
  });

  it('refuses corrupt, truncated, wrong-format and huge images', async () => {
    expect((await imageDiagnostics('a.jpg', { 'a.jpg': 'not an image' }))[0]).toMatch(/is not a PNG or JPEG file \(or is damaged\)/);
    expect((await imageDiagnostics('a.jpg', { 'a.jpg': jpeg.subarray(0, 40) }))[0]).toMatch(/is not a PNG or JPEG file/);
    expect((await imageDiagnostics('a.gif', { 'a.gif': 'GIF89a....' }))[0]).toMatch(/is not a PNG or JPEG file/);
    expect((await imageDiagnostics('big.png', { 'big.png': pngHeader(20000, 20000) }))[0]).toMatch(/is 20000×20000 pixels; the limit is 40 megapixels \(resize it/);
  });

  it('warns about an image without alt text', async () => {
    const dir = sheetDir({ 'sheet.yaml': withPhoto('me.jpg').replace('        alt: A portrait\n', ''), 'me.jpg': jpeg });
    const { value, diagnostics } = await readSheet(path.join(dir, 'sheet.yaml'), world);
    expect(value).toBeDefined();
    expect(brief(diagnostics)).toEqual(['15:9 warning image-alt: image `sections[1].leader.photo` has no `alt` text (add `alt:` describing the picture, for people using screen readers)']);
  });

  it('needs the shared organisation file', async () => {
    const dir = sheetDir({ 'sheet.yaml': MINIMAL_SHEET });
    fs.rmSync(path.join(dir, 'org.yaml'));
    expect(brief((await readSheet(path.join(dir, 'sheet.yaml'), world)).diagnostics)[0]).toMatch(/^1:1 error no-org: organisation file not found: .*org\.yaml \(every sheet shares one org\.yaml/);
  });

  it('validates the organisation file too', async () => {
    const dir = sheetDir({ 'sheet.yaml': MINIMAL_SHEET });
    fs.appendFileSync(path.join(dir, 'org.yaml'), 'fone: 123\n');
    const [first] = (await readSheet(path.join(dir, 'sheet.yaml'), world)).diagnostics;
    expect(first).toMatchObject({ code: 'unknown-key', hint: 'did you mean `phone`?' });
    expect(first?.span?.file).toMatch(/org\.yaml$/);
  });

  it('refuses a file too large to be a sheet', async () => {
    const dir = sheetDir({ 'sheet.yaml': `${MINIMAL_SHEET}# ${'x'.repeat(600 * 1024)}\n` });
    expect(brief((await readSheet(path.join(dir, 'sheet.yaml'), world)).diagnostics)[0]).toMatch(/^1:1 error too-big: the file is 600 KiB; a sheet may be at most 512 KiB/);
  });
});

describe("readSheet with the engine's organisation files", async () => {
  const sheetIn = (dir: string) => path.join(dir, 'sheet.yaml');
  const orgText = fs.readFileSync(path.join(SHEETS, 'org.yaml'), 'utf8');

  it('parses a shared org.yaml once, and again once it reads differently', async () => {
    const orgs: OrgCache = new BoundedCache(4);
    const dir = sheetDir({ 'sheet.yaml': MINIMAL_SHEET });
    const first = (await readSheet(sheetIn(dir), world, orgs)).value!;
    expect((await readSheet(sheetIn(dir), world, orgs)).value!.org).toBe(first.org);
    fs.writeFileSync(path.join(dir, 'org.yaml'), orgText.replace(/^name: .*$/m, 'name: Another Org'));
    expect((await readSheet(sheetIn(dir), world, orgs)).value!.org.name).toBe('Another Org');
    fs.writeFileSync(path.join(dir, 'org.yaml'), `${orgText}\nbrand: [not, a, map\n`);
    const broken = (await readSheet(sheetIn(dir), world, orgs)).diagnostics;
    expect(broken.some((d) => d.code.startsWith('yaml'))).toBe(true);
  });

  it('checks the logo afresh while org.yaml stays the same', async () => {
    const orgs: OrgCache = new BoundedCache(4);
    const logoOrg = orgText.replace(/^brand:\n/m, 'brand:\n  logo: logo.png\n');
    const logo = makePng({ width: 4, height: 4 });
    const dir = sheetDir({ 'sheet.yaml': MINIMAL_SHEET, 'org.yaml': logoOrg, 'logo.png': logo });
    expect((await readSheet(sheetIn(dir), world, orgs)).diagnostics).toEqual([]);
    fs.writeFileSync(path.join(dir, 'logo.png'), 'not a picture');
    const after = brief((await readSheet(sheetIn(dir), world, orgs)).diagnostics);
    expect(after[0]).toMatch(/error image: image `logo.png` is not a PNG, JPEG or SVG/);
  });
});
