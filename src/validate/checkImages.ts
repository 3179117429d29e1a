/** Checks every image a sheet names: inside the sheet's folder, present, a real PNG/JPEG, sane size. */
import * as path from 'node:path';
import { error, warning, type Diagnostic } from '../diag/diagnostic.js';
import { LIMITS } from '../load/limits.js';
import { checkJpeg } from '../load/checkJpeg.js';
import { checkPng } from '../load/checkPng.js';
import { readFailure } from '../load/readFailure.js';
import { probeImage, type ImageProbe } from '../load/probeImage.js';
import { resolveInFolder } from '../load/resolveFile.js';
import { spanAt, type DataPath } from '../load/spanAt.js';
import type { SourceFile } from '../load/sourceFile.js';
import type { World } from '../world.js';
import { showPath } from './describe.js';

export interface ImageRef {
  path: DataPath;
  src: string;
  alt?: string;
}

/**
 * A checked image: its absolute path, header facts and the bytes that were checked, which are
 * the bytes embedded (the file is not read again, so what was checked is what is printed).
 */
export interface ResolvedImage extends ImageProbe {
  file: string;
  bytes: Uint8Array;
}

/**
 * Every image field of the model: a `photo:` anywhere, or an `image` section's body. Only these:
 * a footnote source whose id happens to be `src` is text, not a picture to look for.
 */
export function findImageRefs(data: unknown, at: DataPath = []): ImageRef[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => findImageRefs(v, [...at, i]));
  if (data === null || typeof data !== 'object') return [];
  const obj = data as Record<string, unknown>;
  const last = at.at(-1);
  const isImage = last === 'photo' || (last === 'image' && at[0] === 'sections' && at.length === 3);
  const own =
    isImage && typeof obj.src === 'string'
      ? [{ path: at, src: obj.src, alt: obj.alt as string | undefined }]
      : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => findImageRefs(v, [...at, k]))];
}

/** `logo`: the organisation's logo, which may also be an SVG (photos are PNG or JPEG). */
export async function checkImages(refs: ImageRef[], src: SourceFile, world: World, logo = false) {
  const images = new Map<string, ResolvedImage>();
  const diagnostics: Diagnostic[] = [];
  const dir = path.dirname(path.resolve(src.file));
  for (const ref of refs) {
    const result = await checkImage(ref, dir, world, logo);
    const span = spanAt(src, [...ref.path, 'src']);
    if (typeof result === 'string') diagnostics.push(error('image', result, { span, hint: hintFor(result) }));
    else images.set(ref.src, result);
    if (ref.alt === undefined) {
      diagnostics.push(
        warning('image-alt', `image \`${showPath(ref.path)}\` has no \`alt\` text`, {
          span: spanAt(src, ref.path),
          hint: 'add `alt:` describing the picture, for people using screen readers',
        }),
      );
    }
  }
  return { images, diagnostics };
}

async function checkImage(
  ref: ImageRef,
  dir: string,
  world: World,
  logo: boolean,
): Promise<ResolvedImage | string> {
  const r = await resolveInFolder(dir, ref.src, world, LIMITS.imageBytes);
  if (!r.ok) {
    switch (r.problem) {
      case 'web-address':
        return `image \`${ref.src}\` is a web address; images must be files`;
      case 'outside':
        return `image \`${ref.src}\` is outside the sheet's folder`;
      case 'not-found':
        return `image \`${ref.src}\` not found`;
      case 'links-outside':
        return `image \`${ref.src}\` links to a file outside the sheet's folder`;
      case 'not-a-file':
        return `image \`${ref.src}\` is not a regular file`;
      case 'too-big':
        return (
          `image \`${ref.src}\` is ${(r.info!.size / 1048576).toFixed(1)} MB; ` +
          `the limit is ${LIMITS.imageBytes / 1048576} MB`
        );
    }
  }
  const { file } = r;
  let bytes: Uint8Array;
  try {
    bytes = await world.readBytes(file);
  } catch (e) {
    return `image \`${ref.src}\` cannot be read: ${readFailure(e)}`;
  }
  const probe = probeImage(bytes);
  if (!probe || (probe.format === 'svg' && !logo))
    return `image \`${ref.src}\` is not a ${logo ? 'PNG, JPEG or SVG' : 'PNG or JPEG'} file (or is damaged)`;
  if (probe.width * probe.height > LIMITS.imagePixels || probe.width === 0 || probe.height === 0) {
    return (
      `image \`${ref.src}\` is ${probe.width}×${probe.height} pixels; ` +
      `the limit is ${LIMITS.imagePixels / 1e6} megapixels`
    );
  }
  const kept = bytes.subarray(0, probe.length);
  const problem =
    probe.format === 'png'
      ? pngProblem(ref.src, kept)
      : probe.format === 'jpeg'
        ? jpegProblem(ref.src, kept)
        : undefined;
  return problem ?? { file, ...probe, bytes: kept };
}

function pngProblem(src: string, bytes: Uint8Array): string | undefined {
  const checked = checkPng(bytes);
  if (checked.ok) return undefined;
  if (checked.problem === 'damaged') return `image \`${src}\` is damaged: ${checked.reason}`;
  const f = checked.facts;
  const what =
    `${f.width}×${f.height} pixels at ${f.bitDepth} bits${f.transparent ? ' with transparency' : ''}`;
  const limit = megabytes(LIMITS.imageDecodeBytes);
  return `image \`${src}\` is ${what}: embedding it takes about ${megabytes(f.cost)}; the limit is ${limit}`;
}

function jpegProblem(src: string, bytes: Uint8Array): string | undefined {
  const reason = checkJpeg(bytes);
  return reason && `image \`${src}\` is damaged: ${reason}`;
}

const megabytes = (n: number) => `${Math.round(n / 1048576)} MB`;

function hintFor(message: string): string {
  if (message.includes('web address'))
    return "download the picture into the sheet's images/ folder; builds never use the network";
  if (message.includes('outside'))
    return "copy the picture into the sheet's folder (e.g. images/) and refer to it from there";
  if (message.includes('not found'))
    return 'the path is relative to the sheet file; check the spelling and the folder';
  if (message.includes('embedding it takes'))
    return (
      'save it as an 8-bit image without transparency, or smaller: ' +
      '300 pixels per inch at the printed size is enough'
    );
  if (message.includes('megapixels') || message.includes('MB'))
    return 'resize it: 300 pixels per inch at the printed size is enough';
  if (message.includes('cannot be read'))
    return 'check that the file can be read (its permissions, the disk) and build again';
  return 'export it again as JPEG or PNG';
}
