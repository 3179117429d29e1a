/**
 * Compiles a template's text for a Handlebars environment: from the code precompiled at build
 * time when the bundled templates hold this very text (compiled with these very options), else
 * with Handlebars' compiler. The two give the same function (Handlebars' `compile` is its
 * `precompile` run at once); parsing and generating code is most of what the first render of
 * each partial costs a cold build.
 */
import type Handlebars from 'handlebars';
import { PRECOMPILED } from './precompiled.js';

/** The options every template is compiled with: `known` is every helper of the environment. */
export const compileOptions = (known: Record<string, true>) => ({
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: known,
});

/** An entry's key: the options (the helpers known) and the text. */
export const templateKey = (text: string, known: Record<string, true>) =>
  `${Object.keys(known).sort().join(',')}\u0000${text}`;

/** Every helper name of an environment, as compileOptions wants them. */
export const knownHelpers = (hbs: typeof Handlebars): Record<string, true> =>
  Object.fromEntries(Object.keys(hbs.helpers).map((h) => [h, true]));

export function compileTemplate(
  hbs: typeof Handlebars,
  text: string,
  known: Record<string, true>,
): HandlebarsTemplateDelegate {
  const spec = PRECOMPILED.get(templateKey(text, known));
  if (!spec) return hbs.compile(text, compileOptions(known));
  // A partial registered as text is compiled when first called, with the options of the
  // template calling it: `compile` keeps them on its template, precompiled code does not.
  // Without them a partial would lose strict mode (a missing field would print nothing).
  return hbs.template({ ...spec, compilerOptions: { ...compileOptions(known), data: true } });
}
