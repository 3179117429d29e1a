/** What a build writes into its output folder besides the PDFs and page images. */
export const BOOKKEEPING = ['.factsheet-manifest.json', '.factsheet-thumbs', 'index.html'];

/** Whether a path relative to the output folder is the build's own bookkeeping (manifest, contact sheet). */
export const isBookkeeping = (relative: string) => BOOKKEEPING.includes(relative.split('/')[0]!);
