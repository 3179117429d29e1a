/**
 * What every section kind declares: its schema (TypeBox, with descriptions people read in their
 * editor), a starter snippet for `factsheet init` and the docs, and its rich-text fields (for
 * footnote numbering). How it looks is its partial, `templates/partials/sections/<kind>.hbs`.
 */
import { Type, type TObject, type TProperties } from '@sinclair/typebox';

export const PLACES = ['main', 'side', 'full'] as const;
export type Place = (typeof PLACES)[number];

/** Options every section takes, whatever its kind. */
export const SectionOptions = {
  place: Type.Optional(
    Type.Union(
      PLACES.map((p) => Type.Literal(p)),
      {
        description:
          'Where the section goes: `main` column, `side` column, or `full` width. ' +
          "Default: the template's place for this kind.",
      },
    ),
  ),
  break: Type.Optional(Type.Literal('before', { description: '`before` starts the section on a new page.' })),
};

export interface SectionKind<P extends TProperties = TProperties> {
  kind: string;
  /** One line for people: what the section is for. */
  description: string;
  schema: TObject<P>;
  /** A commented YAML example of the section, as an item of `sections:`. */
  starter: string;
  /** Fields that hold rich text, as data paths inside the section (`items[]` = every item). */
  rich: readonly string[];
}

/** A kind's schema: its own fields plus the common options; unknown keys are errors. */
export function defineKind<P extends TProperties>(
  kind: string,
  description: string,
  props: P,
  extra: { starter: string; rich?: readonly string[] },
): SectionKind<P & typeof SectionOptions> {
  const schema = Type.Object({ ...props, ...SectionOptions }, { additionalProperties: false, description });
  return { kind, description, schema, starter: extra.starter, rich: extra.rich ?? [] };
}
