/**
 * The issue cap (issue 19, point 1): a Report holds at most `maxIssues` issues, then one
 * `LIMIT_ISSUES` summary with the count of the rest; validation and sessions agree on it. The
 * expected counts come from how the inputs are built, not from the code under test.
 */
import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue.js';
import { defineForm, field } from '../model/builders.js';
import { compile } from './compile.js';
import { IssueList } from './issue-list.js';
import { DEFAULT_VALIDATION_LIMITS } from './limits.js';
import { makeIssue } from './report.js';

const REF = { referenceDate: '2026-03-02' };
const meta = (key: string, id: string) => ({ key, id, version: '1.0', name: key, label: { de: key } });
/** A name, and numbers of at most 10: a valid submission has no issues at all. */
const small = defineForm({
  id: 'S99000000900',
  version: '1.0',
  name: 'Klein',
  key: 'klein',
  children: [
    field.text(meta('name', 'F99000000901')),
    field.int({ ...meta('zahlen', 'F99000000902'), cardinality: '0:*', praezisierung: { maxValue: 10 } }),
    // A code list that is not loaded: each value is a warning.
    field.select({
      ...meta('farben', 'F99000000903'),
      cardinality: '0:*',
      codeList: { uri: 'urn:test:farbe', version: '1' },
    }),
  ],
});
const valid: Record<string, unknown> = { name: 'Anna', zahlen: [1, 2] };

/** The valid example with `count` keys the form does not know. */
function withUnknownKeys(count: number, prefix = 'unbekannt'): Record<string, unknown> {
  const data = structuredClone(valid);
  for (let i = 0; i < count; i++) data[`${prefix}${i}`] = i;
  return data;
}

const summaryOf = (issues: readonly Issue[]) => issues.filter((issue) => issue.code === 'LIMIT_ISSUES');

describe('IssueList', () => {
  it('keeps the first max issues, counts the rest by severity, and summarises them', () => {
    const list = new IssueList(3);
    const issue = (code: 'UNKNOWN_KEY' | 'CODE_LIST_NOT_LOADED' | 'PRUNED', i: number) =>
      makeIssue(code, `/k${i}`, { key: `k${i}`, listUri: 'u', listVersion: '1', ruleId: 'r' });
    for (let i = 0; i < 5; i++) list.push(issue('UNKNOWN_KEY', i));
    list.push(issue('CODE_LIST_NOT_LOADED', 5));
    list.push(issue('PRUNED', 6));
    list.omit('error');
    expect(list.kept.map((i) => i.path)).toEqual(['/k0', '/k1', '/k2']);
    expect(list.omitted).toEqual({ error: 3, warning: 1, info: 1 });
    expect(list.summary()).toMatchObject({
      code: 'LIMIT_ISSUES',
      severity: 'error',
      path: '',
      params: { limit: 3, omitted: 5, errors: 3, warnings: 1, infos: 1 },
      message: {
        en: '5 more issues are not listed (at most 3 issues per report; 3 of them errors).',
        de: '5 weitere Meldungen sind nicht aufgeführt (höchstens 3 Meldungen je Bericht; davon 3 Fehler).',
      },
    });
    expect(new IssueList(3).summary()).toBeUndefined();
  });

  it('gives the summary the severity of the worst omitted issue, so warnings leave a report valid', () => {
    const list = new IssueList(1);
    list.push(makeIssue('CODE_LIST_NOT_LOADED', '/a', { listUri: 'u', listVersion: '1' }));
    list.push(makeIssue('PRUNED', '/b', { ruleId: 'r' }));
    expect(list.summary()?.severity).toBe('info');
    list.push(makeIssue('CODE_LIST_NOT_LOADED', '/c', { listUri: 'u', listVersion: '1' }));
    expect(list.summary()?.severity).toBe('warning');
    list.omit('error');
    expect(list.summary()?.severity).toBe('error');
  });

  it('neither keeps nor counts issues its filter refuses', () => {
    const list = new IssueList(1, (issue) => issue.path !== '/skip');
    list.push(makeIssue('UNKNOWN_KEY', '/skip', { key: 'skip' }));
    list.push(makeIssue('UNKNOWN_KEY', '/a', { key: 'a' }));
    list.push(makeIssue('UNKNOWN_KEY', '/skip', { key: 'skip' }));
    list.push(makeIssue('UNKNOWN_KEY', '/b', { key: 'b' }));
    expect(list.kept.map((i) => i.path)).toEqual(['/a']);
    expect(list.omittedCount).toBe(1);
  });
});

describe('validate: at most maxIssues issues', () => {
  it('has a default in the low thousands', () => {
    expect(DEFAULT_VALIDATION_LIMITS.maxIssues).toBe(1000);
  });

  it('reports 1,000 of 5,000 unknown keys and one summary with the other 4,000', () => {
    const report = compile(small).validate(withUnknownKeys(5000), REF);
    expect(report.valid).toBe(false);
    expect(report.issues).toHaveLength(1001);
    expect(report.issues.slice(0, 1000).every((issue) => issue.code === 'UNKNOWN_KEY')).toBe(true);
    expect(report.issues[1000]).toMatchObject({
      code: 'LIMIT_ISSUES',
      params: { limit: 1000, omitted: 4000, errors: 4000, warnings: 0, infos: 0 },
    });
  });

  it('follows the configured limit and leaves reports under it as they were', () => {
    const form = compile(small, { limits: { maxIssues: 10 } });
    const over = form.validate(withUnknownKeys(25), REF);
    expect(over.issues.map((i) => i.code)).toEqual([...Array(10).fill('UNKNOWN_KEY'), 'LIMIT_ISSUES']);
    expect(over.issues[10]?.params).toMatchObject({ limit: 10, omitted: 15 });
    const at = form.validate(withUnknownKeys(10), REF);
    expect(at.issues.map((i) => i.code)).toEqual(Array(10).fill('UNKNOWN_KEY'));
    expect(form.validate(valid, REF).issues).toEqual([]);
  });

  it('keeps valid data with more warnings than the limit valid', () => {
    const report = compile(small).validate({ ...valid, farben: Array(1500).fill('rot') }, REF);
    expect(report.valid).toBe(true);
    expect(report.issues).toHaveLength(1001);
    expect(report.issues[1000]).toMatchObject({
      code: 'LIMIT_ISSUES',
      severity: 'warning',
      params: { omitted: 500, errors: 0, warnings: 500 },
    });
    // An error found after the limit (unknown keys come last) still makes the report invalid.
    const invalid = compile(small).validate({ ...valid, farben: Array(1500).fill('rot'), extra: 1 }, REF);
    expect(invalid.valid).toBe(false);
    expect(invalid.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code)).toEqual([
      'LIMIT_ISSUES',
    ]);
  });

  it('reads 200,000 unknown keys into a bounded report', () => {
    const report = compile(small).validate(withUnknownKeys(200_000), REF);
    expect(report.issues).toHaveLength(1001);
    expect(report.issues[1000]?.params).toMatchObject({ omitted: 199_000 });
  });
});

describe('session: the same cap as validate', () => {
  const form = compile(small, { limits: { maxIssues: 50 } });
  const same = (session: ReturnType<typeof form.session>) =>
    expect(session.report()).toEqual(form.validate(session.data, REF));

  it('starts over the cap, stays equal to validate through changes, and drops the summary under it', () => {
    const session = form.session(withUnknownKeys(80), REF);
    expect(session.report().issues).toHaveLength(51);
    same(session);
    session.set('/name', 42);
    same(session);
    for (let i = 0; i < 40; i++) session.set(`/unbekannt${i}`, undefined);
    same(session);
    const report = session.report();
    expect(summaryOf(report.issues)).toEqual([]);
    expect(report.issues.filter((i) => i.code === 'UNKNOWN_KEY')).toHaveLength(40);
  });

  it('goes over the cap through one change and back', () => {
    const session = form.session(withUnknownKeys(45), REF);
    expect(summaryOf(session.report().issues)).toEqual([]);
    const change = session.set('/zahlen', Array(20).fill(11));
    same(session);
    expect(summaryOf(change.added)).toHaveLength(1);
    expect(session.report().issues).toHaveLength(51);
    session.set('/zahlen', [3]);
    same(session);
    expect(summaryOf(session.report().issues)).toEqual([]);
  });
});
