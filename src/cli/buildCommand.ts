/** `factsheet build [paths…] --out DIR` (filled in by the rendering stage). */
export async function buildCommand(_paths: string[], _opts: { out: string }): Promise<number> {
  return 1;
}
