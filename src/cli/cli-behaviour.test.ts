/**
 * The CLI as people and scripts meet it (issue 11 point 8, issue 19 point 1, issue 12 point 5):
 * closed pipes, exit codes, help, options per command, locations and plurals in human output,
 * suggestions, the directory rule, code lists and XDF files as <form>.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { sharedPath } from '../../test/support/shared.js';
import { flagNames } from './args.js';
import { type CliIo, COMMANDS, EXIT_INTERNAL_ERROR, run } from './main.js';

function io(overrides: Partial<CliIo> = {}) {
  const out = { stdout: '', stderr: '' };
  const base: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readFile: (path) => readFileSync(path),
    color: false,
    stat: (path) => {
      try {
        return statSync(path).isDirectory() ? 'directory' : 'file';
      } catch {
        return undefined;
      }
    },
    listDir: (path) => readdirSync(path),
    ...overrides,
  };
  return { io: base, out };
}

function cli(...argv: string[]) {
  const { io: cliIo, out } = io();
  const code = run(argv, cliIo);
  return { code, ...out };
}

const LISTS = sharedPath('corpus', 'codelists');
const GESCHLECHT = join(LISTS, 'xinneres-geschlecht_1.xml');
const STAATSANGEHOERIGKEIT = join(LISTS, 'destatis-staatsangehoerigkeit_2024-08-01.xml');
const REF = ['--reference-date', '2026-03-02'];

describe('pipes and exit codes', () => {
  it('a closed pipe ends the command quietly (antrag export alg2 --xdf 3 | head -1)', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'export', 'alg2', '--xdf', '3'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const first = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk) => resolve(String(chunk))),
    );
    child.stdout.destroy(); // what head does after its first line
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toMatch(/^<\?xml/);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('an internal failure exits 70, distinct from invalid (1) and usage (2)', () => {
    const failing = io({
      stat: () => {
        throw new Error('disk on fire');
      },
    });
    expect(run(['validate', 'fuehrerschein', 'examples/fuehrerschein/valid.json'], failing.io)).toBe(
      EXIT_INTERNAL_ERROR,
    );
    expect(EXIT_INTERNAL_ERROR).toBe(70);
    expect(failing.out.stderr).toContain('internal error');
    expect(failing.out.stderr).toContain('disk on fire');
    // Output that cannot be written (e.g. a string too long for the engine) is internal too.
    const unwritable = io({
      stdout: () => {
        throw new RangeError('Invalid string length');
      },
    });
    expect(run(['example', 'alg2'], unwritable.io)).toBe(EXIT_INTERNAL_ERROR);
  });

  it('the exit codes are documented in the top-level help', () => {
    expect(cli('--help').stdout).toMatch(/70 internal\s+error/);
  });
});

describe('help', () => {
  it('antrag help bogus exits 2 and names the unknown command', () => {
    const result = cli('help', 'bogus');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "bogus"');
    expect(cli('help', 'valdate').stderr).toContain('did you mean "validate"');
    expect(cli('help', 'validate')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: antrag validate'),
    });
    expect(cli('help').code).toBe(0);
  });

  it("each command's help lists exactly the options it accepts", () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const beforeExamples = command.help.split(/\nExamples?:/)[0] ?? '';
      const inHelp = new Set(beforeExamples.match(/(?<![\w-])--?[a-z][\w-]*/g) ?? []);
      const accepted = new Set(flagNames(command.flags));
      accepted.delete('-h'); // --help's short form
      inHelp.delete('--help');
      accepted.delete('--help');
      expect(
        [...inHelp].filter((flag) => !accepted.has(flag)),
        `${name}: in help, not accepted`,
      ).toEqual([]);
      expect(
        [...accepted].filter((flag) => !inHelp.has(flag)),
        `${name}: accepted, not in help`,
      ).toEqual([]);
    }
  });

  it('the options the top-level help names as working everywhere do', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(flagNames(command.flags), name).toContain('--lang');
      expect(flagNames(command.flags), name).toContain('--help');
    }
    const help = cli('--help').stdout;
    for (const [name, command] of Object.entries(COMMANDS)) {
      const json = flagNames(command.flags).includes('--json');
      const listed = /--json \(machine-readable output\) on ([^;]+);/.exec(help)?.[1] ?? '';
      expect(listed.includes(name), `--json listed for ${name}`).toBe(json);
    }
  });
});

describe('human output', () => {
  it('read and validate show line:column and XPath for each issue in XML', () => {
    const file = 'examples/fuehrerschein/invalid/antragsart-unbekannt.xml';
    const read = cli('read', 'fuehrerschein', file, '--lang', 'en');
    expect(read.code).toBe(1);
    expect(read.stderr).toMatch(
      /error CODE_NOT_IN_LIST \/antragsart \(line \d+, column \d+; \/m:fahrerlaubnis\.antrag\.0101\/m:antragsart\[1\]\)/,
    );
    const validate = cli('validate', 'fuehrerschein', file);
    expect(validate.stdout).toMatch(/CODE_NOT_IN_LIST \/antragsart \(Zeile \d+, Spalte \d+; \/m:/);
    // The line is the element's line in the file.
    const line = Number(/\(line (\d+),/.exec(read.stderr)?.[1]);
    expect(readFileSync(file, 'utf8').split('\n')[line - 1]).toMatch(/<m:antragsart[ >]/);
  });

  it('counts in singular and plural', () => {
    const one = cli(
      'validate',
      'fuehrerschein',
      'examples/fuehrerschein/invalid/mindestalter-b.json',
      ...REF,
    );
    const issues = (
      JSON.parse(
        cli(
          'validate',
          'fuehrerschein',
          'examples/fuehrerschein/invalid/mindestalter-b.json',
          ...REF,
          '--json',
        ).stdout,
      ) as { issues: unknown[] }
    ).issues.length;
    expect(one.stdout).toContain(issues === 1 ? '(1 Befund)' : `(${issues} Befunde)`);
    const withLists = cli(
      'validate',
      'fuehrerschein',
      'examples/fuehrerschein/invalid/mindestalter-b.json',
      ...REF,
      '--code-list',
      GESCHLECHT,
      '--code-list',
      STAATSANGEHOERIGKEIT,
    );
    expect(withLists.stdout).toContain('✗ ungültig (1 Befund)');
    const en = cli(
      'validate',
      'fuehrerschein',
      'examples/fuehrerschein/invalid/mindestalter-b.json',
      ...REF,
      '--lang',
      'en',
      '--code-list',
      GESCHLECHT,
      '--code-list',
      STAATSANGEHOERIGKEIT,
    );
    expect(en.stdout).toContain('✗ invalid (1 issue)');
    // "at least 1 time" (RULE_MIN_COUNT: an extension needs at least one class held).
    const keine = cli(
      'validate',
      'fuehrerschein',
      'examples/fuehrerschein/invalid/erweiterung-ohne-vorhandene-klasse.json',
      ...REF,
      '--lang',
      'en',
    );
    expect(keine.stdout).toMatch(/at least 1 time given the other answers \(found 0/);
  });

  it('a directory of one file says "1 Datei" / "1 file"', () => {
    const single = io({ listDir: () => ['mindestalter-b.json'] });
    run(['validate', 'fuehrerschein', 'examples/fuehrerschein/invalid', ...REF], single.io);
    expect(single.out.stdout).toContain('1 Datei: 0 gültig, 1 ungültig');
    const en = io({ listDir: () => ['mindestalter-b.json'] });
    run(['validate', 'fuehrerschein', 'examples/fuehrerschein/invalid', ...REF, '--lang', 'en'], en.io);
    expect(en.out.stdout).toContain('1 file: 0 valid, 1 invalid');
    expect(en.out.stdout).toContain('1 error (FE_MINDESTALTER)');
  });
});

describe('forms and files', () => {
  it('an unknown form name suggests the nearest built-in form', () => {
    const result = cli('validate', 'fuehrerschien', 'examples/fuehrerschein/valid.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean "fuehrerschein"?');
    expect(cli('xsd', 'alg3').stderr).toContain('Did you mean "alg2"?');
    expect(cli('example', 'zzzzzz').stderr).not.toContain('Did you mean');
  });

  it('a directory run skips files that are not submissions by the documented rule', () => {
    const dir = 'examples/fuehrerschein/invalid';
    const names = readdirSync(dir);
    expect(names).toContain('expected.json');
    const result = cli('validate', 'fuehrerschein', dir, ...REF, '--json');
    const output = JSON.parse(result.stdout) as {
      summary: { files: number; skipped: number };
      results: Array<{ file: string }>;
      skipped: string[];
    };
    expect(output.skipped).toEqual([`${dir}/expected.json`]);
    expect(output.results.map((r) => r.file)).not.toContain(`${dir}/expected.json`);
    expect(output.summary.files).toBe(names.filter((n) => /\.(json|xml)$/.test(n)).length - 1);
    expect(cli('validate', 'fuehrerschein', dir, ...REF).stdout).toContain(
      `1 Datei übersprungen (keine Anträge: ${dir}/expected.json)`,
    );
    expect(cli('validate', '--help').stdout).toContain('expected.json and\n*.expected.json');
  });

  // The shipped forms carry their code lists; a definition file without them shows what
  // --code-list adds.
  const BARE = join(mkdtempSync(join(tmpdir(), 'antrag-bare-')), 'fuehrerschein-ohne-listen.json');
  writeFileSync(BARE, JSON.stringify({ ...fuehrerschein, codeLists: [] }));

  it('--code-list loads genericode lists: no CODE_LIST_NOT_LOADED for the Führerschein example', () => {
    const without = cli('validate', BARE, 'examples/fuehrerschein/valid.json', ...REF, '--json');
    expect(without.stdout).toContain('CODE_LIST_NOT_LOADED');
    const withLists = cli(
      'validate',
      BARE,
      'examples/fuehrerschein/valid.json',
      ...REF,
      '--code-list',
      GESCHLECHT,
      '--code-list',
      STAATSANGEHOERIGKEIT,
    );
    expect(withLists.code).toBe(0);
    expect(withLists.stdout).not.toContain('CODE_LIST_NOT_LOADED');
    expect(withLists.stdout).toContain('✓ gültig (keine Befunde)');
    // A code outside the loaded list is now an error.
    const data = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
    data.antragsteller.staatsangehoerigkeit = ['999999'];
    const bad = io({ readStdin: () => new TextEncoder().encode(JSON.stringify(data)) });
    expect(run(['validate', BARE, '-', ...REF, '--code-list', STAATSANGEHOERIGKEIT], bad.io)).toBe(1);
    expect(bad.out.stdout).toContain('CODE_NOT_IN_LIST');
    expect(
      cli('validate', BARE, 'examples/fuehrerschein/valid.json', '--code-list', 'package.json').code,
    ).toBe(2);
  });

  it('xml and read take --code-list; example draws real codes from it', () => {
    const xml = cli('xml', BARE, 'examples/fuehrerschein/valid.json', '--code-list', STAATSANGEHOERIGKEIT);
    expect(xml.code).toBe(0);
    const reader = io({ readStdin: () => new TextEncoder().encode(xml.stdout) });
    expect(
      run(
        ['read', BARE, '-', '--code-list', STAATSANGEHOERIGKEIT, '--code-list', GESCHLECHT, '--json'],
        reader.io,
      ),
    ).toBe(0);
    expect(reader.out.stdout).not.toContain('CODE_LIST_NOT_LOADED');
    const codes = new Set(
      [...readFileSync(STAATSANGEHOERIGKEIT, 'utf8').matchAll(/<SimpleValue>([^<]*)<\/SimpleValue>/g)].map(
        (m) => m[1],
      ),
    );
    for (const seed of ['1', '2', '3']) {
      const sample = cli(
        'example',
        BARE,
        '--seed',
        seed,
        '--code-list',
        STAATSANGEHOERIGKEIT,
        '--code-list',
        GESCHLECHT,
      );
      // Without the shipped examples to start from, a sample may miss a rule (exit 1, the sample
      // is still printed); what counts here is where its codes come from.
      expect([0, 1]).toContain(sample.code);
      const data = JSON.parse(sample.stdout) as {
        antragsteller: { staatsangehoerigkeit: string[]; geschlecht: string };
      };
      for (const code of data.antragsteller.staatsangehoerigkeit) expect(codes.has(code), code).toBe(true);
      expect(['m', 'w', 'd', 'x']).toContain(data.antragsteller.geschlecht);
    }
  });

  it('every command that takes <form> accepts an XDF file', () => {
    const xdf = sharedPath('corpus', 'xdf2', 'S00000121_BlaueKarte.xml');
    for (const command of ['xsd', 'example', 'lint', 'json-schema', 'types', 'export']) {
      const result = cli(command, xdf);
      expect([0, 1], `${command}: ${result.stderr.slice(0, 200)}`).toContain(result.code);
      expect(result.stdout.length, command).toBeGreaterThan(0);
    }
    const sample = cli('example', xdf, '--seed', '2');
    const data = io({ readStdin: () => new TextEncoder().encode(sample.stdout) });
    expect(run(['validate', xdf, '-'], data.io)).toBe(sample.code);
    const message = cli('xml', xdf, '-');
    expect(message.code).toBe(2); // no standard input here: the form resolved, the data did not
    expect(message.stderr).toContain('standard input');
  });

  it('an XDF file that does not import says to run antrag import', () => {
    const broken = sharedPath('corpus', 'xdf3', 'unknown-namespace.xml');
    const result = cli('validate', broken, 'examples/fuehrerschein/valid.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`run "antrag import ${broken}"`);
  });
});
