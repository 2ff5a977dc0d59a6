import { describe, expect, it } from 'vitest';
import { parseXml } from '../xml/parse.js';
import { notWellFormed, xdfIssue } from './issue.js';

describe('xdfIssue', () => {
  it('fills the catalogue templates and places the issue', () => {
    const issue = xdfIssue(
      'XDF_MISSING_NAME',
      { id: 'F1' },
      {
        path: '/children/0',
        element: { id: 'F1', version: '1.0' },
        xml: { xpath: '/r', line: 2, column: 3 },
      },
    );
    expect(issue).toEqual({
      code: 'XDF_MISSING_NAME',
      severity: 'warning',
      path: '/children/0',
      message: { de: expect.stringContaining('F1'), en: expect.stringContaining('F1') },
      params: { id: 'F1' },
      element: { id: 'F1', version: '1.0' },
      xml: { xpath: '/r', line: 2, column: 3 },
    });
    expect(Object.keys(issue)).toEqual(['code', 'severity', 'path', 'message', 'params', 'element', 'xml']);
  });

  it('puts localized values into one language only, not into the parameters', () => {
    const issue = xdfIssue(
      'XDF_RULE_NOT_EXECUTABLE',
      { id: 'R1', name: 'N', reason: '' },
      {},
      {
        de: { reason: ' (nur Prosa)' },
        en: { reason: ' (prose only)' },
      },
    );
    expect(issue.message.de).toContain('(nur Prosa)');
    expect(issue.message.en).toContain('(prose only)');
    expect(issue.message.en).not.toContain('Prosa');
    expect(issue.params).toEqual({ id: 'R1', name: 'N', reason: '' });
    expect(issue.path).toBe('');
    expect('xml' in issue || 'element' in issue).toBe(false);
  });
});

describe('notWellFormed', () => {
  it('carries the parser code and English detail as parameters and its place', () => {
    const parsed = parseXml('<a><b></a>');
    if (parsed.ok) throw new Error('parsed');
    const issue = notWellFormed(parsed.issue);
    expect(issue.code).toBe('XDF_NOT_WELL_FORMED');
    expect(issue.severity).toBe('error');
    expect(issue.params).toEqual({ xmlCode: parsed.issue.code, detail: parsed.issue.message.en });
    expect(issue.message.de).toContain(parsed.issue.message.de);
    expect(issue.message.en).toContain(parsed.issue.message.en);
    expect(issue.xml).toEqual(parsed.issue.xml);
  });
});
