/** `table`: a header row and rows; numbers align right; splits across pages with the header repeated. */
import { Type } from '@sinclair/typebox';
import { List, Text } from '../schema/common.js';
import { defineKind } from './kind.js';

const Cell = Type.Union([Text('A cell.'), Type.Number({ minimum: -1e12, maximum: 1e12 })], {
  description: "A cell: text, or a number (printed in the sheet's language, aligned right).",
});

export const table = defineKind(
  'table',
  'A table.',
  {
    title: Type.Optional(Text('The heading above the table.')),
    columns: List(Text('A column heading.'), 'The header row.', 8),
    rows: List(List(Cell, 'One row: one cell per column.', 8), 'The rows.', 60),
    source: Type.Optional(Text('Where the numbers come from.')),
  },
  {
    starter: `- table:
    title: Results by city
    columns: [City, Before, After]
    rows:
      - [Cebu, 38, 8]
      - [Manila, 51, 19]`,
  },
);
