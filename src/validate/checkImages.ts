/** Checks every image a sheet names: inside the sheet's folder, present, a real PNG/JPEG, sane size. */
import * as path from 'node:path';
import { error, warning, type Diagnostic } from '../diag/diagnostic.js';
import { LIMITS } from '../load/limits.js';
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

/** A checked image: its absolute path, header facts and bytes (the writer never reads the path). */
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
        return `image \`${ref.src}\` is ${(r.info!.size / 1048576).toFixed(1)} MB; the limit is ${LIMITS.imageBytes / 1048576} MB`;
    }
  }
  const { file } = r;
  const bytes = await world.readBytes(file);
  const probe = probeImage(bytes);
  if (!probe || (probe.format === 'svg' && !logo))
    return `image \`${ref.src}\` is not a ${logo ? 'PNG, JPEG or SVG' : 'PNG or JPEG'} file (or is damaged)`;
  if (probe.width * probe.height > LIMITS.imagePixels || probe.width === 0 || probe.height === 0) {
    return `image \`${ref.src}\` is ${probe.width}×${probe.height} pixels; the limit is ${LIMITS.imagePixels / 1e6} megapixels`;
  }
  return { file, ...probe, bytes: bytes.subarray(0, probe.length) };
}

function hintFor(message: string): string {
  if (message.includes('web address'))
    return "download the picture into the sheet's images/ folder; builds never use the network";
  if (message.includes('outside'))
    return "copy the picture into the sheet's folder (e.g. images/) and refer to it from there";
  if (message.includes('not found'))
    return 'the path is relative to the sheet file; check the spelling and the folder';
  if (message.includes('megapixels') || message.includes('MB'))
    return 'resize it: 300 pixels per inch at the printed size is enough';
  return 'export it again as JPEG or PNG';
}
