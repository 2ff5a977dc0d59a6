/**
 * Post-processing of a definition read: rules whose expressions do not check against it become
 * documentation (`XDF_RULE_NOT_EXECUTABLE`), and every lint error that keeps it from compiling
 * is reported (`XDF_DEFINITION_INVALID`), located at the element it concerns.
 */

import { type LintFinding, lint } from '../../model/lint.js';
import type { ChildDefinition, FormDefinition, RuleDefinition } from '../../model/types.js';
import { checkRules } from '../../rules/check.js';
import type { ImportContext } from './context.js';
import { type Draft, finished, put } from './draft.js';

/** Rules whose expressions do not check against the imported definition become documentation. */
export function demoteBrokenRules(context: ImportContext, definition: FormDefinition): FormDefinition {
  const findings = checkRules(definition).filter((f) => f.severity === 'error' && f.element);
  if (findings.length === 0) return definition;
  const broken = new Map<string, LintFinding>();
  for (const finding of findings) {
    const key = `${finding.element?.id}@${finding.element?.version}`;
    if (!broken.has(key)) broken.set(key, finding);
  }
  const reported = new Set<string>();
  const demote = (rules: readonly RuleDefinition[] | undefined): RuleDefinition[] | undefined =>
    rules?.map((rule) => {
      const key = `${rule.id}@${rule.version}`;
      const finding = broken.get(key);
      if (!finding || rule.ruleKind === 'documentation') return rule;
      if (!reported.has(key)) {
        reported.add(key);
        context.report(
          'XDF_RULE_NOT_EXECUTABLE',
          { id: rule.id, name: rule.name, reason: '', finding: finding.code },
          { path: finding.path, element: finding.element, xml: context.xmlAt.get(finding.path) },
          { de: { reason: ` (${finding.message.de})` }, en: { reason: ` (${finding.message.en})` } },
        );
      }
      const { expression, ...rest } = rule;
      const demoted: RuleDefinition = { ...rest, ruleKind: 'documentation' };
      const foreignScript = rule.foreignScript ?? expression;
      return foreignScript === undefined ? demoted : { ...demoted, foreignScript };
    });
  const visit = (children: readonly ChildDefinition[]): ChildDefinition[] =>
    children.map((child) => {
      const copy: Draft<ChildDefinition> = { ...child };
      put(copy, 'rules', demote(child.rules));
      if (copy.kind === 'group' && child.kind === 'group') copy.children = visit(child.children);
      return finished(copy, ['kind', 'id', 'version', 'name', 'key']);
    });
  const result: Draft<FormDefinition> = { ...definition };
  put(result, 'rules', demote(definition.rules));
  result.children = visit(definition.children);
  return finished(result, ['kind', 'format', 'id', 'version', 'name', 'key', 'children']);
}

/** Reports every lint error of the imported definition (it will not compile while there are any). */
export function reportLintErrors(context: ImportContext, definition: FormDefinition): void {
  for (const finding of [...lint(definition), ...checkRules(definition)]) {
    if (finding.severity !== 'error') continue;
    context.report(
      'XDF_DEFINITION_INVALID',
      { lintCode: finding.code, at: finding.keyPath || finding.path || '(form)', detail: '' },
      { path: finding.path, element: finding.element, xml: context.xmlAt.get(finding.path) },
      { de: { detail: finding.message.de }, en: { detail: finding.message.en } },
    );
  }
}
