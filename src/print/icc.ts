/**
 * Reads the parts of an ICC profile that colour conversion needs: the header's colour spaces
 * and the lut16Type / lut8Type transforms (AToB and BToA tables), evaluated with simplex
 * interpolation. Enough for the output profiles ArgyllCMS writes (ICC v2, Lab PCS); a profile
 * with other tag types is refused by name rather than converted wrongly.
 */

export interface IccProfile {
  /** Device colour space signature, e.g. `CMYK`. */
  colorSpace: string;
  /** Profile connection space: `Lab ` or `XYZ `. */
  pcs: string;
  description: string;
  bytes: Uint8Array;
  /** A transform by tag signature (`A2B1`, `B2A1`…), read on first use. */
  lut(tag: string): Lut;
}

/** A table transform: n inputs in 0–1 to m outputs in 0–1 (in the ICC encoding of each side). */
export interface Lut {
  inputs: number;
  outputs: number;
  apply(input: readonly number[]): number[];
}

export function parseIcc(bytes: Uint8Array): IccProfile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));
  if (bytes.length < 132 || ascii(36, 4) !== 'acsp') {
    throw new Error('not an ICC profile (no `acsp` signature)');
  }
  const tags = new Map<string, { offset: number; size: number }>();
  const count = view.getUint32(128);
  for (let i = 0; i < count; i++) {
    const at = 132 + 12 * i;
    tags.set(ascii(at, 4), { offset: view.getUint32(at + 4), size: view.getUint32(at + 8) });
  }
  const luts = new Map<string, Lut>();
  const lut = (tag: string): Lut => {
    const entry = tags.get(tag);
    if (!entry) throw new Error(`the ICC profile has no ${tag} table`);
    let found = luts.get(tag);
    if (!found) luts.set(tag, (found = readLut(view, entry.offset, ascii(entry.offset, 4), tag)));
    return found;
  };
  const desc = tags.get('desc');
  // textDescriptionType: 'desc', reserved, a count, then ASCII with a closing NUL.
  const description = desc ? ascii(desc.offset + 12, view.getUint32(desc.offset + 8) - 1) : '';
  return { colorSpace: ascii(16, 4).trim(), pcs: ascii(20, 4), description, bytes, lut };
}

function readLut(view: DataView, at: number, type: string, tag: string): Lut {
  if (type !== 'mft2' && type !== 'mft1') {
    throw new Error(`ICC table ${tag} is of type \`${type}\`; only lut16Type and lut8Type are read`);
  }
  const wide = type === 'mft2';
  const inputs = view.getUint8(at + 8);
  const outputs = view.getUint8(at + 9);
  const grid = view.getUint8(at + 10);
  const inEntries = wide ? view.getUint16(at + 48) : 256;
  const outEntries = wide ? view.getUint16(at + 50) : 256;
  const max = wide ? 65535 : 255;
  let pos = at + (wide ? 52 : 48);
  const read = (n: number) => {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++, pos += wide ? 2 : 1) {
      values[i] = (wide ? view.getUint16(pos) : view.getUint8(pos)) / max;
    }
    return values;
  };
  const inCurves = Array.from({ length: inputs }, () => read(inEntries));
  const clut = read(grid ** inputs * outputs);
  const outCurves = Array.from({ length: outputs }, () => read(outEntries));
  // The 3×3 matrix applies to XYZ input only; our profiles have a Lab PCS, where it is identity.
  return {
    inputs,
    outputs,
    apply: (input) => {
      const x = input.map((v, i) => curve(inCurves[i]!, v));
      return interpolate(clut, grid, inputs, outputs, x).map((v, i) => curve(outCurves[i]!, v));
    },
  };
}

/** A 1-D table lookup with linear interpolation between entries; input and output 0–1. */
function curve(table: Float64Array, v: number): number {
  const pos = clamp01(v) * (table.length - 1);
  const i = Math.min(Math.floor(pos), table.length - 2);
  const f = pos - i;
  return table[i]! * (1 - f) + table[i + 1]! * f;
}

/**
 * Simplex (n-dimensional tetrahedral) interpolation in a grid of `grid` points per input, the
 * first input varying slowest (the ICC order), as ArgyllCMS's icclib does: the cell's
 * fractions sorted high to low pick a path of n+1 corners, weighted by their differences.
 * Multilinear interpolation differs from Argyll by up to 10 % ink in the dark corner.
 */
function interpolate(clut: Float64Array, grid: number, n: number, outputs: number, x: readonly number[]) {
  const base: number[] = [];
  const frac: number[] = [];
  for (const v of x) {
    const pos = clamp01(v) * (grid - 1);
    const i = Math.min(Math.floor(pos), grid - 2);
    base.push(i);
    frac.push(pos - i);
  }
  const order = [...frac.keys()].sort((a, b) => frac[b]! - frac[a]!);
  let index = base.reduce((acc, b) => acc * grid + b, 0);
  const out = new Array<number>(outputs).fill(0);
  let previous = 1;
  for (let step = 0; step <= n; step++) {
    const f = step < n ? frac[order[step]!]! : 0;
    for (let o = 0; o < outputs; o++) out[o]! += (previous - f) * clut[index * outputs + o]!;
    if (step < n) index += grid ** (n - 1 - order[step]!);
    previous = f;
  }
  return out;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
