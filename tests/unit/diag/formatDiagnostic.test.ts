import { describe, expect, it } from 'vitest';
import { error, SheetError, unwrap, warning, type Diagnostic } from '../../../src/diag/diagnostic.js';
import { escapeControl, escapeGithubData, escapeGithubProperty, formatDiagnostic, formatGithubAnnotation } from '../../../src/diag/formatDiagnostic.js';

const at = (line: number, col: number) => ({ file: 'sheets/a.yaml', start: 0, end: 0, line, col });
const SOURCE = 'title: Hi\nstats:\n  itms: []\n';

describe('formatDiagnostic', () => {
  it('prints place, severity, expected/found, a code frame with a caret at the column, and the hint', () => {
    const d = error('unknown-key', 'unknown key `itms`', {
      span: at(3, 3), expected: '`items`', found: '`itms`', hint: 'did you mean `items`?',
    });
    expect(formatDiagnostic(d, SOURCE)).toBe([
      'sheets/a.yaml:3:3: error: unknown key `itms`',
      '  expected: `items`',
      '  found:    `itms`',
      '    |',
      '  3 |   itms: []',
      '    |   ^',
      '  hint: did you mean `items`?',
    ].join('\n'));
  });

  it('prints only the message line without a span, without the source, or past the source\'s end', () => {
    const unused = warning('unused-chart', 'chart `c` is not shown');
    expect(formatDiagnostic(unused, SOURCE)).toBe('warning: chart `c` is not shown');
    const d = error('x', 'msg', { span: at(9, 1) });
    expect(formatDiagnostic(d)).toBe('sheets/a.yaml:9:1: error: msg');
    expect(formatDiagnostic(d, SOURCE)).toBe('sheets/a.yaml:9:1: error: msg');
  });

  it('widens the gutter for line 10, reads CRLF, cuts lines over 120 characters with the caret', () => {
    const source = `${'x\r\n'.repeat(9)}key: value\r\n`;
    const frame = formatDiagnostic(error('x', 'm', { span: at(10, 6) }), source).split('\n').slice(1);
    expect(frame).toEqual(['     |', '  10 | key: value', '     |      ^']);
    const long = formatDiagnostic(error('x', 'm', { span: at(1, 200) }), 'a'.repeat(300)).split('\n');
    expect(long.slice(2)).toEqual([`  1 | ${'a'.repeat(117)}...`, `    | ${' '.repeat(119)}^`]);
  });
});

describe('formatGithubAnnotation', () => {
  it('writes a workflow command with escaped properties and message', () => {
    const d = error('x', '50% done\nnext', { span: { ...at(2, 4), file: 'a:b,c.yaml' }, hint: 'fix it' });
    const escaped = '::error file=a%3Ab%2Cc.yaml,line=2,col=4,title=factsheet x::50%25 done%0Anext fix it';
    expect(formatGithubAnnotation(d)).toBe(escaped);
    expect(formatGithubAnnotation(warning('w', 'careful'))).toBe('::warning title=factsheet w::careful');
  });
});

describe('escaping what content can put in a diagnostic', () => {
  it('shows C0, DEL and C1 controls as \\u escapes; a code frame keeps tabs', () => {
    expect(escapeControl('a\u001b[31m\u0007\t\n\r\u007f\u0085\u009bz é')).toBe('a\\u001b[31m\\u0007\\u0009\\u000a\\u000d\\u007f\\u0085\\u009bz é');
    expect(escapeControl('a\tb', '\t')).toBe('a\tb');
  });

  it('escapes every printed field, and the frame keeps the caret under the column', () => {
    const d = error('x', 'm\n::error::pwned', {
      span: { ...at(1, 9), file: 'a\u001b.yaml' }, expected: 'e\u0007', found: 'f\r::add-mask::x', hint: 'h\u009b',
    });
    expect(formatDiagnostic(d, 'k: "\u001b"\tv: 1\n')).toBe([
      'a\\u001b.yaml:1:9: error: m\\u000a::error::pwned',
      '  expected: e\\u0007',
      '  found:    f\\u000d::add-mask::x',
      '    |',
      '  1 | k: "\\u001b"\tv: 1',
      `    | ${' '.repeat(11)}\t ^`,
      '  hint: h\\u009b',
    ].join('\n'));
  });

  it('uses the line the loader attached when no source is given', () => {
    expect(formatDiagnostic({ ...error('x', 'm', { span: at(3, 3) }), lineText: '  itms: []' }).split('\n').slice(1))
      .toEqual(['    |', '  3 |   itms: []', '    |   ^']);
  });

  it('never starts a printed line with `::`', () => {
    expect(formatDiagnostic(error('x', 'm', { span: { ...at(1, 1), file: '::add-mask::x.yaml' } }))).toBe('\\u003a:add-mask::x.yaml:1:1: error: m');
  });

  it('escapes workflow-command data and properties', () => {
    expect(escapeGithubData('50%\r\n\u001b')).toBe('50%25%0D%0A\\u001b');
    expect(escapeGithubProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(formatGithubAnnotation(error('x', 'a\n::error::b\u0007', { span: { ...at(1, 1), file: 'x\n::y,z' } })))
      .toBe('::error file=x%0A%3A%3Ay%2Cz,line=1,col=1,title=factsheet x::a%0A::error::b\\u0007');
  });
});

describe('SheetError and unwrap', () => {
  const diagnostics: Diagnostic[] = [
    warning('w', 'first a warning'), error('a', 'broken', { span: at(4, 2) }), error('b', 'also broken'),
  ];

  it('names the first error with its place and counts the others', () => {
    expect(new SheetError(diagnostics).message).toBe('sheets/a.yaml:4:2: broken (and 1 more)');
    expect(new SheetError([]).message).toBe('invalid sheet');
  });

  it('throws only when there is an error, keeping every diagnostic', () => {
    expect(unwrap({ value: 7, diagnostics: [diagnostics[0]!] })).toBe(7);
    expect(() => unwrap({ value: 7, diagnostics })).toThrow(expect.objectContaining({ diagnostics }));
  });
});
