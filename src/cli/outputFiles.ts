/** The names of the files a build writes beside a sheet's PDF. */
import { PROOF_SUFFIX } from '../findSheets.js';

/** out/kolkata.pdf → out/kolkata.overflow.pdf: the proof written when a sheet does not fit. */
export const proofFile = (pdfFile: string) => pdfFile.replace(/\.pdf$/, `${PROOF_SUFFIX}.pdf`);

/** out/kolkata.pdf → out/kolkata-1.png for page 1. */
export const previewFile = (pdfFile: string, page: number) => pdfFile.replace(/\.pdf$/, `-${page}.png`);
