import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../version.js';
import { type CliIo, run } from './main.js';

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => readFileSync(path),
    color: false,
  };
  const code = run(argv, io);
  return { code, stdout, stderr };
}

const DEMO = 'examples/demo/definition.json';

describe('antrag CLI', () => {
  it('--help and --version', () => {
    expect(cli('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('antrag validate <form>'),
    });
    expect(cli('--version')).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(cli('validate', '--help').stdout).toContain('Usage: antrag validate');
  });

  it('takes a shipped previous version of a built-in form as <name>@<version>', () => {
    const old = cli('xsd', 'alg2@1.0.0');
    expect(old.code).toBe(0);
    expect(old.stdout).toContain('targetNamespace="urn:antrag:alg2:1.0.0"');
    expect(cli('xsd', 'alg2').stdout).toContain('targetNamespace="urn:antrag:alg2:2.0.0"');
    const unknown = cli('xsd', 'alg2@9.9.9');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('alg2 is not shipped in version 9.9.9; shipped versions: 1.0.0, 2.0.0');
  });

  it('the version equals package.json', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(VERSION);
  });

  it('validate exits 0 on a valid submission', () => {
    const result = cli('validate', DEMO, 'examples/demo/valid.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ gültig');
  });

  it('validate exits 1 on an invalid submission and prints codes, paths and messages', () => {
    const result = cli('validate', DEMO, 'examples/demo/invalid.json', '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ invalid');
    expect(result.stdout).toContain('UNKNOWN_KEY /bemerkung');
    expect(result.stdout).toContain('is not part of the form');
  });

  it('--json prints the Report', () => {
    const result = cli('validate', DEMO, 'examples/demo/invalid.json', '--json');
    const report = JSON.parse(result.stdout);
    expect(report.valid).toBe(false);
    const expected = JSON.parse(readFileSync('examples/demo/invalid.expected.json', 'utf8'));
    expect(
      report.issues.map((i: { code: string; path: string }) => ({ code: i.code, path: i.path })),
    ).toEqual(expected);
  });

  it('exits 2 on usage errors, unknown forms and unreadable files', () => {
    expect(cli()).toMatchObject({ code: 2 });
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('validate', DEMO).code).toBe(2);
    expect(cli('validate', DEMO, 'x.json', '--lang', 'fr').code).toBe(2);
    expect(cli('validate', DEMO, 'x.json', '--bogus').stderr).toContain('unknown option --bogus');
    expect(cli('validate', 'no-such-form', 'x.json').stderr).toContain('unknown form "no-such-form"');
    expect(cli('validate', DEMO, 'does-not-exist.json').stderr).toContain('cannot read file');
  });

  it('exits 2 with lint findings for a broken definition file', () => {
    const result = cli('validate', 'package.json', 'examples/demo/valid.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DEF_SCHEMA');
  });

  it('reports malformed JSON data as a report, exit 1', () => {
    const result = cli('validate', DEMO, 'tsconfig.json');
    expect(result.code).toBe(1);
  });

  it('example prints a reproducible sample that validates, for built-in forms and files', () => {
    for (const form of ['fuehrerschein', 'personenbefoerderungsschein', 'alg2', DEMO]) {
      const first = cli('example', form, '--seed', '42');
      expect(first.code, form).toBe(0);
      expect(cli('example', form, '--seed', '42').stdout).toBe(first.stdout);
      expect(cli('example', form, '--seed', '43').stdout).not.toBe(first.stdout);
    }
    const sample = cli('example', DEMO, '--seed', '5', '--shape', 'maximal');
    const issues = JSON.parse(sample.stdout);
    expect(issues).toHaveProperty('antragsteller');
    expect(cli('example', DEMO, '--shape', 'huge').code).toBe(2);
    expect(cli('example', DEMO, '--seed', 'x').code).toBe(2);
    expect(cli('example').code).toBe(2);
  });

  it('validate accepts built-in form names', () => {
    const sample = cli('example', 'alg2', '--seed', '3');
    expect(sample.code).toBe(0);
    const io: CliIo = {
      stdout: () => {},
      stderr: () => {},
      readFile: () => new TextEncoder().encode(sample.stdout),
      color: false,
    };
    expect(run(['validate', 'alg2', 'sample.json'], io)).toBe(0);
  });

  it('every subcommand has its own --help with an example', () => {
    for (const command of ['validate', 'example', 'lint']) {
      const viaFlag = cli(command, '--help');
      expect(viaFlag.code, command).toBe(0);
      expect(viaFlag.stdout).toContain(`Usage: antrag ${command}`);
      expect(viaFlag.stdout).toMatch(/Example/);
      expect(cli('help', command).stdout).toBe(viaFlag.stdout);
    }
  });

  it('validate reads standard input for -', () => {
    const io: CliIo = {
      stdout: () => {},
      stderr: () => {},
      readFile: (path) => {
        if (path === DEMO) return readFileSync(DEMO); // the form; the data comes from standard input
        throw new Error('no other file reads expected');
      },
      readStdin: () => readFileSync('examples/demo/invalid.json'),
      color: false,
    };
    expect(run(['validate', DEMO, '-'], io)).toBe(1);
  });

  it('validate a directory prints one line per file and a summary', () => {
    const dirIo = (color: boolean) => {
      let stdout = '';
      let stderr = '';
      const io: CliIo = {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        readFile: (path) => readFileSync(path),
        color,
        stat: (path) => (path.endsWith('invalid') ? 'directory' : 'file'),
        listDir: () => ['mindestalter-b.json', 'sehtest-zu-alt.json', 'expected.txt'],
      };
      const code = run(['validate', 'fuehrerschein', 'examples/fuehrerschein/invalid', '--lang', 'en'], io);
      return { code, stdout, stderr };
    };
    const plain = dirIo(false);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain(
      '✗ examples/fuehrerschein/invalid/mindestalter-b.json: 1 error (FE_MINDESTALTER)',
    );
    expect(plain.stdout).toContain('2 files: 0 valid, 2 invalid');
    expect(plain.stderr).toBe('');
    expect(dirIo(true).stderr).toContain('2/2'); // a progress bar only on a terminal
  });

  it('lint prints findings with stable codes and exits 1 on errors', () => {
    expect(cli('lint', 'fuehrerschein')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('keine Befunde'),
    });
    const broken = JSON.parse(readFileSync(DEMO, 'utf8'));
    broken.children[0].rules = [
      {
        kind: 'rule',
        id: 'R99000001',
        version: '1.0',
        name: 'x',
        ruleKind: 'constraint',
        typ: 'V',
        expression: 'antragsteller > 5',
      },
    ];
    const io: CliIo = {
      stdout: (text) => {
        out += text;
      },
      stderr: () => {},
      readFile: () => new TextEncoder().encode(JSON.stringify(broken)),
      color: false,
    };
    let out = '';
    expect(run(['lint', 'broken.json', '--json'], io)).toBe(1);
    expect(JSON.parse(out).findings.map((f: { code: string }) => f.code)).toContain('DEF_RULE_TYPE_MISMATCH');
  });

  it('validate honours --reference-date and rejects a bad one', () => {
    expect(
      cli('validate', 'fuehrerschein', 'examples/fuehrerschein/valid.json', '--reference-date', '2026-03-02')
        .code,
    ).toBe(0);
    expect(
      cli('validate', 'fuehrerschein', 'examples/fuehrerschein/valid.json', '--reference-date', 'morgen')
        .code,
    ).toBe(2);
  });

  it('xml writes a message, read reads it back, xsd prints the schema', () => {
    const written = cli('xml', 'fuehrerschein', 'examples/fuehrerschein/valid.json', '--test');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('<m:fahrerlaubnis.antrag.0101');
    expect(written.stdout).toContain('test="true"');
    const io: CliIo = {
      stdout: (text) => {
        out += text;
      },
      stderr: () => {},
      readFile: () => new TextEncoder().encode(written.stdout),
      color: false,
    };
    let out = '';
    expect(run(['read', 'fuehrerschein', 'message.xml'], io)).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8')));
    expect(cli('xml', 'fuehrerschein', 'examples/fuehrerschein/invalid/sehtest-zu-alt.json').code).toBe(1);
    expect(cli('xsd', 'alg2').stdout).toContain('targetNamespace="urn:antrag:alg2:2.0.0"');
    expect(cli('xsd', 'alg2', '--naming', 'fim-id').stdout).toContain('name="G99000000403"');
    expect(cli('read', 'fuehrerschein', 'examples/fuehrerschein/invalid/sehtest-zu-alt.xml').code).toBe(1);
    expect(cli('xml', 'fuehrerschein', 'examples/fuehrerschein/valid.json', '--naming', 'x').code).toBe(2);
  });
});
