/**
 * Scenario checks over the shipped forms' examples: every valid example is valid, every invalid
 * example produces exactly the errors its case states (codes and paths), the files on disk are
 * the generated ones, and `antrag validate` exits as documented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_REFERENCE_DATE } from '../examples/cases.js';
import { formExamples, invalidSubmission } from '../examples/index.js';
import { run } from '../src/cli/main.js';
import type { RuleDefinition } from '../src/model/types.js';
import { compile } from '../src/validate/compile.js';
import { XML_JSON_COUNTERPARTS } from '../src/xml/codes.js';
import { readMessage } from '../src/xml/read.js';
import { xsdFailures } from './support/xsd.js';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const errors = (report: { issues: readonly { severity: string; code: string; path: string }[] }) =>
  report.issues.filter((issue) => issue.severity === 'error').map(({ code, path }) => ({ code, path }));

function cli(...argv: string[]): { code: number; stdout: string } {
  let stdout = '';
  const code = run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    readFile: (path) => readFileSync(path),
    color: false,
  });
  return { code, stdout };
}

for (const { definition, valid, cases } of formExamples) {
  const dir = `examples/${definition.key}`;
  const form = compile(definition);
  describe(`examples of ${definition.key}`, () => {
    for (const name of valid) {
      it(`${name}.json is valid (and the CLI exits 0)`, () => {
        const report = form.validate(read(`${dir}/${name}.json`), { referenceDate: EXAMPLE_REFERENCE_DATE });
        expect(errors(report)).toEqual([]);
        expect(cli('validate', definition.key, `${dir}/${name}.json`).code).toBe(0);
        expect(cli('validate', definition.key, `${dir}/${name}.xml`).code).toBe(0);
        const message = readMessage(form, readFileSync(`${dir}/${name}.xml`), {
          referenceDate: EXAMPLE_REFERENCE_DATE,
        });
        expect(message.data).toEqual(read(`${dir}/${name}.json`));
      });
    }

    it('the XSD (antrag xsd) accepts the valid example messages under libxml2', () => {
      const xsd = cli('xsd', definition.key);
      expect(xsd.code).toBe(0);
      const messages = valid.map((name) => ({
        name: `${name}.xml`,
        xml: readFileSync(`${dir}/${name}.xml`),
      }));
      expect(xsdFailures(xsd.stdout, messages)).toEqual([]);
      // … and rejects the valid message without its first required element.
      const message = readFileSync(`${dir}/valid.xml`, 'utf8');
      const required = form.tree.root.children.find(
        (child) => child.min > 0 && !child.isLabel && child.rules.relevant.length === 0,
      );
      const broken = message.replace(
        new RegExp(`\\n\\s*<m:${required?.key}(?:\\s[^>]*)?>[\\s\\S]*?</m:${required?.key}>`),
        '',
      );
      expect(broken).not.toBe(message);
      expect(xsdFailures(xsd.stdout, [{ name: 'broken.xml', xml: broken }]).join('\n')).toMatch(
        /not expected|Missing child/,
      );
    });

    it('has at least eight invalid cases', () => {
      expect(cases.length).toBeGreaterThanOrEqual(8);
    });

    const base = read(`${dir}/valid.json`);
    for (const invalidCase of cases) {
      it(`invalid/${invalidCase.name}.json: ${invalidCase.description}`, () => {
        const file = `${dir}/invalid/${invalidCase.name}.json`;
        const data = read(file);
        expect(data, 'run npm run examples:write').toEqual(invalidSubmission(base, invalidCase));
        const report = form.validate(data, { referenceDate: EXAMPLE_REFERENCE_DATE });
        expect(errors(report)).toEqual(invalidCase.expect);
        const result = cli('validate', definition.key, file, '--json');
        expect(result.code).toBe(1);
        expect(errors(JSON.parse(result.stdout))).toEqual(invalidCase.expect);
        // The message of the same data: the same codes at the same paths, besides the reader's
        // XML-specific findings, each beside its JSON counterpart (XML_JSON_COUNTERPARTS).
        const xml = cli('validate', definition.key, file.replace(/\.json$/, '.xml'), '--json');
        expect(xml.code).toBe(1);
        const xmlErrors = errors(JSON.parse(xml.stdout));
        const isXmlFinding = (issue: { code: string }) => Object.hasOwn(XML_JSON_COUNTERPARTS, issue.code);
        expect(xmlErrors.filter((issue) => !isXmlFinding(issue))).toEqual(invalidCase.expect);
        for (const finding of xmlErrors.filter(isXmlFinding)) {
          const counterpart = XML_JSON_COUNTERPARTS[finding.code as keyof typeof XML_JSON_COUNTERPARTS];
          if (counterpart !== null)
            expect(xmlErrors).toContainEqual({ code: counterpart, path: finding.path });
        }
      });
    }

    it('every executable rule of the form is exercised by a case, with its legal basis in the issue', () => {
      const rules = new Map<string, string | undefined>();
      const visit = (element: {
        rules?: readonly RuleDefinition[];
        bezug?: string;
        children?: readonly unknown[];
      }) => {
        for (const r of element.rules ?? []) if (r.ruleKind !== 'documentation') rules.set(r.id, r.bezug);
        for (const child of (element.children ?? []) as (typeof element)[]) visit(child);
      };
      visit(definition);
      const seen = new Set<string>();
      for (const invalidCase of cases) {
        const report = form.validate(invalidSubmission(base, invalidCase), {
          referenceDate: EXAMPLE_REFERENCE_DATE,
        });
        for (const issue of report.issues) {
          const ruleId = issue.params.ruleId;
          if (typeof ruleId !== 'string') continue;
          seen.add(ruleId);
          expect(issue.bezug, `${invalidCase.name}: ${ruleId}`).toBe(rules.get(ruleId));
        }
      }
      expect([...rules.keys()].filter((id) => !seen.has(id))).toEqual([]);
    });

    it('invalid/expected.json states each case', () => {
      const expected = read(`${dir}/invalid/expected.json`);
      expect(Object.keys(expected)).toEqual(cases.map((c) => c.name));
    });
  });
}
