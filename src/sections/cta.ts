/** `cta`: a call to action with a link (and a QR code where the template shows one). */
import { Type } from '@sinclair/typebox';
import { Text, Url } from '../schema/common.js';
import { defineKind } from './kind.js';

export const cta = defineKind(
  'cta',
  'A call to action.',
  {
    title: Type.Optional(Text('e.g. "Join us".')),
    text: Text('e.g. "Help us prove justice for the poor is possible."'),
    url: Url('Where to go.'),
    label: Type.Optional(Text('The address as printed, e.g. "IJM.org/Get-Involved".')),
  },
  {
    starter: `- cta:
    title: Join us
    text: Help us prove justice for the poor is possible.
    url: https://www.ijm.org/Get-Involved
    label: IJM.org/Get-Involved`,
  },
);
