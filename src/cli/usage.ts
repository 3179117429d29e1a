/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

/** Each command's lines of help, and so the options it takes. */
export const COMMAND_USAGE = {
  build: `  build [paths…]       Build a PDF per sheet (default: sheets → out/)
      --out DIR          Output folder (default: out)
      --page-size SIZE   letter or a4, overriding the sheets' page_size
      --pdfa [3]         PDF/A-2a and PDF/UA for archiving; 3: PDF/A-3a with the sheet's YAML inside
      --bleed MM         print bleed in mm, with crop marks, TrimBox and BleedBox
      --print            PDF/X-4 for a print shop: CMYK (FOGRA39), K-only grey text (bleed 3 mm)
      --jobs N, -j N     build in N processes; 1: in this one (default: from 6 sheets, by free CPUs)
      --force            build every sheet, even those that are up to date
      --shard I/N        build only the I-th of N stable slices of the sheets
      --json             print a machine-readable summary instead of lines
      --preview          also write a PNG of each page next to its PDF (NAME-1.png, …)
      --templates DIR    use the templates in DIR instead of the bundled ones
      --fonts DIR        use the fonts in DIR (listed in DIR/fonts.yaml) instead of the bundled ones
      --watch, -w        rebuild when a sheet or anything it uses changes`,
  preview: `  preview [paths…]     A live preview in your browser: every page, the problems, a gallery
                       of every sheet and template, updated as you save (default: sheets)
      --port N           listen on 127.0.0.1:N (default: a free port)
      --out DIR          Output folder (default: out)
      --page-size SIZE   letter or a4, overriding the sheets' page_size
      --pdfa [3]         PDF/A-2a and PDF/UA for archiving; 3: PDF/A-3a with the sheet's YAML inside
      --bleed MM         print bleed in mm, with crop marks, TrimBox and BleedBox
      --force            build every sheet, even those that are up to date
      --templates DIR    use the templates in DIR instead of the bundled ones
      --fonts DIR        use the fonts in DIR (listed in DIR/fonts.yaml) instead of the bundled ones`,
  validate: `  validate [paths…]    Check sheets and print every problem (default: sheets)
      --render           also lay each sheet out, to find text that does not fit
      --templates DIR    use the templates in DIR instead of the bundled ones
      --fonts DIR        use the fonts in DIR (listed in DIR/fonts.yaml) instead of the bundled ones`,
  init: `  init NAME [--template T]
                       Write a starter sheet sheets/NAME.yaml (never overwrites)`,
  schema: `  schema [--org]       Print the JSON Schema of a sheet (or of org.yaml)
      --templates DIR    offer the templates in DIR for \`template:\``,
} as const;

export type Command = keyof typeof COMMAND_USAGE;

const COMMON = `Options:
  --debug              Show stack traces of internal errors
  --help, -h           Show this help
  --version            Show the version`;

export const USAGE = `Usage: factsheet <command> [options]

Commands:
${Object.values(COMMAND_USAGE).join('\n')}

${COMMON}

Exit codes: 0 success, 1 a sheet has errors, 2 usage error.`;

/** `factsheet build --help`: that command's lines only. */
export const commandUsage = (command: Command) =>
  `Usage: factsheet ${COMMAND_USAGE[command].trim()}\n\n${COMMON}`;

/** The options a command takes, read from its help, so the two cannot disagree. */
export function commandOptions(command: Command): string[] {
  const own = [...COMMAND_USAGE[command].matchAll(/--([a-z-]+)/g)].map((m) => m[1]!);
  return [...own, 'debug', 'help', 'version'];
}

export const isCommand = (name: string): name is Command => Object.hasOwn(COMMAND_USAGE, name);
