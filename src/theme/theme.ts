/** The resolved look of one sheet: colours, font family, type scale, page margins. */
import type { TextRole } from '../doc/types.js';
import type { Span } from '../diag/diagnostic.js';
import type { Face } from '../fonts/registry.js';

export interface RoleStyle {
  size: number;
  face: Face;
  /** Line height as a multiple of the size. */
  leading: number;
  color: string;
  /** Extra space between letters, in em (for small capitals-style labels). */
  tracking: number;
  upper: boolean;
}

export interface Theme {
  font: string;
  margin: number;
  colors: Record<string, string>;
  /** Where each colour was set (template theme, organisation or sheet), for messages. */
  colorOrigins?: Readonly<Record<string, Span>>;
  type: Record<TextRole, RoleStyle>;
}
