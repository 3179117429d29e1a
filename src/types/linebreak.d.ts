/** The part of the `linebreak` package (UAX #14, by pdfkit's author) that factsheet uses. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: a line may start at `position`; `required` after a newline. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
