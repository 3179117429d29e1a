import { describe, expect, it } from 'vitest';
import { decodeEntities, parseMarkup } from '../../../src/doc/parseMarkup.js';

const parse = (markup: string) => parseMarkup(markup, 'sheet.hbs');
const where = (markup: string) =>
  parse(markup).diagnostics.map((d) => [d.message, d.span!.line, d.span!.col]);

describe('parseMarkup', () => {
  it('builds the element tree with attributes, offsets and self-closing elements', () => {
    const r = parse('<page>\n  <p role="lead" align="center">Hi</p>\n  <space h="4"/>\n</page>');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({
      name: '#root', attrs: {}, offset: 0, children: [{
        name: 'page', attrs: {}, offset: 0, children: [
          { name: 'p', attrs: { role: 'lead', align: 'center' }, children: ['Hi'], offset: 9 },
          { name: 'space', attrs: { h: '4' }, children: [], offset: 48 },
        ],
      }],
    });
  });

  it('drops whitespace-only text between elements but keeps spaces inside text', () => {
    const [p] = parse('<p> a <b-x/> b </p>').value.children;
    expect(p).toMatchObject({ children: [' a ', { name: 'b-x' }, ' b '] });
  });

  it('decodes the entities Handlebars writes, in text and attributes, and leaves unknown ones', () => {
    const r = parse('<p alt="&quot;x&quot; &amp; y">'
      + 'Tom &amp; Jerry&#x27;s &lt;b&gt; &#233;&nbsp;&#x60;</p>');
    const text = 'Tom & Jerry\'s <b> é\u00a0`';
    expect(r.value.children[0]).toMatchObject({ attrs: { alt: '"x" & y' }, children: [text] });
    expect(decodeEntities('&bogus; &amp;')).toBe('&bogus; &');
  });

  it('reports a closing tag that does not match, then every element left open, with line and column', () => {
    expect(where('<page>\n  <p>x</page>')).toEqual([
      ['</page> does not match <p>', 2, 7], ['<page> is never closed', 1, 1], ['<p> is never closed', 2, 3],
    ]);
    expect(where('</page>')).toEqual([['</page> does not match <#root>', 1, 1]]);
  });

  it('reports markup it cannot read (capital names, single quotes, a bare <), reading on after it', () => {
    const r = parse('<page>\n  <P>x</P>\n  <p a=\'1\'>y</p> a < b</page>');
    expect(r.diagnostics.map((d) => [d.message.slice(0, 22), d.span!.line, d.span!.col])).toEqual([
      ['bad layout markup near', 2, 3], ['bad layout markup near', 2, 7], ['bad layout markup near', 3, 3],
      ['</p> does not match <p', 3, 13], ['bad layout markup near', 3, 20],
    ]);
    expect(r.diagnostics[0]!.message).toMatch(/^bad layout markup near `<P>x<\/P>/);
  });
});
