import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/support/shared.js';
import type { FormDefinition } from '../model/types.js';
import { importXdf } from './import.js';
import { pascalCase, toTypeScript } from './typescript.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');

/** Type-checks in-memory files (placed in src/fim/) with the project's compiler options. */
function typeCheck(files: Record<string, string>): string[] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };
  const virtual = new Map(Object.entries(files).map(([name, text]) => [join(HERE, name), text]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, create) => {
    const text = virtual.get(resolve(fileName));
    return text === undefined
      ? getSourceFile(fileName, language, onError, create)
      : ts.createSourceFile(fileName, text, language, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => virtual.has(resolve(fileName)) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => virtual.get(resolve(fileName)) ?? readFile(fileName);
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || virtual.has(resolve(d.file.fileName)))
    .map(
      (d) =>
        `${d.file ? d.file.fileName.split('/').pop() : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

const EQUALS = `type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Deep<A, B> = Same<A, B> extends true ? true : { expected: B; got: A };`;

const checkAgainstBuilder = (form: string, importPath: string, typeName: string) => `
import type { Submission } from '../model/builders.js';
import type { ${typeName} } from './generated-${form}.js';
import { ${form} } from '${importPath}';
${EQUALS}
const same: Deep<${typeName}, Submission<typeof ${form}>> = true;
const back: Deep<Submission<typeof ${form}>, ${typeName}> = true;
export { same, back };
`;

describe('toTypeScript', () => {
  it('matches Submission<typeof form> for the shipped builder forms', async () => {
    const files: Record<string, string> = {};
    for (const [form, path] of [
      ['fuehrerschein', '../../schemas/fuehrerschein/form.js'],
      ['personenbefoerderungsschein', '../../schemas/personenbefoerderungsschein/form.js'],
      ['alg2', '../../schemas/alg2/form.js'],
    ] as const) {
      const module = (await import(path)) as Record<string, FormDefinition>;
      const definition = module[form] as FormDefinition;
      const typeName = `${pascalCase(definition.key)}Submission`;
      files[`generated-${form}.ts`] = toTypeScript(definition);
      files[`check-${form}.ts`] = checkAgainstBuilder(form, path, typeName);
    }
    expect(typeCheck(files)).toEqual([]);
  });

  it('the check can fail: a wrong generated type is reported', async () => {
    const { fuehrerschein } = await import('../../schemas/fuehrerschein/form.js');
    const generated = toTypeScript(fuehrerschein).replace('antragsdatum: string;', 'antragsdatum?: string;');
    const errors = typeCheck({
      'generated-fuehrerschein.ts': generated,
      'check-fuehrerschein.ts': checkAgainstBuilder(
        'fuehrerschein',
        '../../schemas/fuehrerschein/form.js',
        'FuehrerscheinSubmission',
      ),
    });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(
      /check-fuehrerschein.ts: Type 'boolean' is not assignable to type '\{ expected/,
    );
  });

  it('types an imported XDF schema; the output compiles on its own and reads well', () => {
    const xml = readFileSync(sharedPath('corpus', 'xdf2', 'S00000121_BlaueKarte.xml'));
    const definition = importXdf(xml).definition as FormDefinition;
    const source = toTypeScript(definition);
    expect(source).toContain('export interface AntragBlaueKarteEuSubmission {');
    expect(source).toContain('familienname: string;');
    expect(source).toContain('export interface FileValue {');
    const usage = `import type { AntragBlaueKarteEuSubmission } from './generated-blauekarte.js';
export const nothing: Partial<AntragBlaueKarteEuSubmission> = {};`;
    expect(typeCheck({ 'generated-blauekarte.ts': source, 'use-blauekarte.ts': usage })).toEqual([]);
  });

  it('quotes keys that are not identifiers and escapes comments', () => {
    const source = toTypeScript(
      {
        kind: 'schema',
        format: 'antrag/definition@1',
        id: 'S99000000700',
        version: '1.0.0',
        key: 'x',
        name: 'Name */ with comment end',
        children: [
          {
            kind: 'field',
            key: 'a-b.c',
            id: 'F99000000700',
            version: '1.0.0',
            name: 'A',
            feldart: 'input',
            datentyp: 'num',
            cardinality: '0:*',
          },
          {
            kind: 'field',
            key: 'wahl',
            id: 'F99000000701',
            version: '1.0.0',
            name: 'Wahl',
            feldart: 'select',
            datentyp: 'text',
            values: [
              { code: 'a"b', name: { de: 'A' } },
              { code: 'c', name: { de: 'C' } },
            ],
            cardinality: '1:*',
          },
        ],
      },
      { typeName: 'X' },
    );
    expect(source).toContain('"a-b.c"?: number[];');
    expect(source).toContain('wahl: ("a\\"b" | "c")[];');
    expect(source).not.toMatch(/Name \*\/ with/);
    expect(typeCheck({ 'generated-x.ts': source })).toEqual([]);
  });
});
