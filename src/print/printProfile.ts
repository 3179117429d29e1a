/**
 * The print profile shipped with the package (see src/print/profile/build-profile.sh and the
 * README, "Printing"): read and parsed once per engine, with the sRGB profile photos without
 * their own are tagged with.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { BoundedCache } from '../cache.js';
import type { OutputCondition } from '../pdf/pdfx.js';
import { PACKAGE_ROOT } from '../paths.js';
import { cmykConverter, type CmykConverter } from './convert.js';
import { parseIcc } from './icc.js';

export const PRINT_PROFILE_FILE = path.join(PACKAGE_ROOT, 'src/print/profile/fogra39-tac300.icc');

export interface PrintProfile {
  converter: CmykConverter;
  condition: OutputCondition;
  srgb: Uint8Array;
}

/** Keyed by the profile's file; one entry in practice. */
export type PrintProfileCache = BoundedCache<string, Promise<PrintProfile>>;

export function printProfile(cache: PrintProfileCache, file = PRINT_PROFILE_FILE): Promise<PrintProfile> {
  let found = cache.get(file);
  if (!found) {
    found = load(file);
    cache.set(file, found);
  }
  return found;
}

async function load(file: string): Promise<PrintProfile> {
  const bytes = new Uint8Array(await fs.promises.readFile(file));
  const profile = parseIcc(bytes);
  // pdfkit ships the sRGB profile (for its PDF/A output intent); photos without one use it.
  const pdfkitDir = path.dirname(createRequire(import.meta.url).resolve('pdfkit'));
  const srgb = new Uint8Array(await fs.promises.readFile(path.join(pdfkitDir, 'data/sRGB_IEC61966_2_1.icc')));
  return {
    converter: cmykConverter(profile),
    srgb,
    condition: {
      profile: bytes,
      identifier: 'FOGRA39',
      info: `Coated offset, ISO 12647-2:2004/Amd 1 (FOGRA39), 300% total ink: ${profile.description}`,
    },
  };
}
