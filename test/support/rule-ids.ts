/** The ids of every executable rule of a definition (documentation rules left out), for coverage checks in tests. */
interface WithRules {
  readonly rules?: readonly { readonly id: string; readonly ruleKind: string }[];
  readonly children?: readonly unknown[];
}

export function executableRuleIds(definition: WithRules): Set<string> {
  const ids = new Set<string>();
  const pending: WithRules[] = [definition];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    for (const rule of element.rules ?? []) if (rule.ruleKind !== 'documentation') ids.add(rule.id);
    pending.push(...((element.children ?? []) as WithRules[]));
  }
  return ids;
}
