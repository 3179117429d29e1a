/**
 * What an editor user sees: yaml-language-server (the engine of VS Code's YAML extension and
 * others), driven over stdio with the schema `factsheet schema` prints, completes keys and
 * templates and shows the CLI's words for mistakes, not regular expressions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../helpers/lspClient.js';
import { runCli } from '../helpers/runCli.js';
import { REPO, sheetDir } from '../helpers/sheetDir.js';

const SERVER = path.join(REPO, 'node_modules/yaml-language-server/bin/yaml-language-server');

interface Diagnostic { message: string; range: { start: { line: number } } }
interface Completion { label: string }

describe('in an editor with the YAML language server', () => {
  const dir = sheetDir();
  let lsp: LspClient;
  let version = 0;

  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'sheet.schema.json'), (await runCli(['schema'])).stdout);
    const yaml = { validate: true, completion: true, hover: true, schemas: {} };
    lsp = new LspClient(process.execPath, [SERVER, '--stdio'], (m) =>
      m.method === 'workspace/configuration'
        ? (m.params as { items: { section?: string }[] }).items.map((i) => (i.section === 'yaml' ? yaml : null))
        : null,
    );
    await lsp.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { configuration: true }, textDocument: { completion: {} } },
    });
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings: { yaml } });
  });
  afterAll(() => lsp.close());

  /** Opens a sheet (a fresh file each time) and returns its URI once the server has checked it. */
  async function open(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = pathToFileURL(path.join(dir, `s${++version}.yaml`)).href;
    const published = lsp.when<{ uri: string; diagnostics: Diagnostic[] }>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri,
    );
    const withSchema = `# yaml-language-server: $schema=sheet.schema.json\n${text}`;
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: withSchema } });
    return { uri, diagnostics: (await published).diagnostics };
  }

  const complete = async (uri: string, line: number, character: number) => {
    const result = (await lsp.request('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    })) as { items: Completion[] } | Completion[];
    return (Array.isArray(result) ? result : result.items).map((i) => i.label);
  };

  it('completes the keys of a sheet and the templates at `template:`', async () => {
    const { uri } = await open('title: T\ntemplate: \nheader: { title: H }\nsections: []\n');
    expect(await complete(uri, 2, 10)).toEqual(
      expect.arrayContaining(['casework', 'news', 'press-release', 'program-office', 'results']),
    );
    const keys = await open('title: T\n\n');
    expect(await complete(keys.uri, 2, 0)).toEqual(expect.arrayContaining(['template', 'header', 'sections', 'language']));
  });

  it('says what a colour, a date and a template name should be, in words', async () => {
    const { diagnostics } = await open(
      [
        'title: T',
        'template: program-ofice',
        'date: 1 May 2019',
        'header: { title: H }',
        'theme: { colors: { primary: blue } }',
        'sections: [{ problem: { topic: A, text: B } }]',
        '',
      ].join('\n'),
    );
    const messages = diagnostics.map((d) => `${d.range.start.line}: ${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '2: should be one of the templates: casework, news, press-release, program-office, results',
        '3: should be a date like 2019-05-01',
        '5: should be a colour like #1a5e9a or cmyk(100, 40, 0, 20)',
      ]),
    );
    expect(messages.join('\n')).not.toMatch(/pattern|\^/);
  });
});
