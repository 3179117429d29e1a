/**
 * The bundled templates' partials compiled ahead of time, by the exact text and compile options
 * they were compiled from (see compileTemplate.ts). This file holds none: it is what the test
 * runner and a build without the generation step see, and every partial is then compiled when
 * first rendered. `npm run build` replaces its output in dist with the file written by
 * writePrecompiled.ts, which holds every `.hbs` under templates/ as Handlebars'
 * precompiled code. A user's template, or an edited one, matches no entry and is compiled.
 */
export const PRECOMPILED: ReadonlyMap<string, TemplateSpecification> = new Map();
/** Which file this is: `generated` in the one written at build time. */
export const PRECOMPILED_BY: 'generated' | 'none' = 'none';
