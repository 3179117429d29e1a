/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: factsheet <command> [options]

Commands:
  build [paths…]       Build a PDF per sheet (default: sheets → out/)
      --out DIR          Output folder (default: out)
      --page-size SIZE   letter or a4, overriding the sheets' page_size
      --pdfa             PDF/A-2b for archiving (default: tagged PDF/UA)
      --bleed MM         print bleed in mm, with crop marks, TrimBox and BleedBox
      --jobs N, -j N     build in N processes (default: number of CPUs)
      --force            build every sheet, even those that are up to date
      --shard I/N        build only the I-th of N stable slices of the sheets
      --json             print a machine-readable summary instead of lines
      --preview          also write a PNG of each page next to its PDF (NAME-1.png, …)
      --templates DIR    use the templates in DIR instead of the bundled ones
      --watch, -w        rebuild when a sheet or anything it uses changes
  preview [paths…]     A live preview in your browser: every page, the problems, a gallery
                       of every sheet and template, updated as you save (default: sheets)
      --port N           listen on 127.0.0.1:N (default: a free port)
      --out DIR, --templates DIR, --page-size, --pdfa, --bleed, --force: as for build
  validate [paths…]    Check sheets and print every problem (default: sheets)
      --render           also lay each sheet out, to find text that does not fit
      --templates DIR    use the templates in DIR instead of the bundled ones
  init NAME [--template T]
                       Write a starter sheet sheets/NAME.yaml (never overwrites)
  schema [--org]       Print the JSON Schema of a sheet (or of org.yaml)

Options:
  --debug              Show stack traces of internal errors
  --help, -h           Show this help
  --version            Show the version

Exit codes: 0 success, 1 a sheet has errors, 2 usage error.`;
