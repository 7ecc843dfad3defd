/**
 * Each rule's default severity, as its definition gives it: from the rules' metas kept as data
 * (rule-metas.ts, derived from the rule files), so that loading a configuration loads no rule;
 * the rule registry registers them again when it loads, as does a rule added since the last
 * `npm run derive`. The configuration cannot import the registry, because the rules import the
 * configuration, and that cycle would leave a rule undefined in the registry.
 */
import { ruleMetaList } from '../rule-api/rule-metas.ts';
import type { RuleSetting } from './types.ts';

const defaults: Record<string, RuleSetting> = Object.fromEntries(
  ruleMetaList.map((meta) => [meta.id, meta.defaultSeverity]),
);

export function registerRuleDefaults(settings: Record<string, RuleSetting>): void {
  Object.assign(defaults, settings);
}

/** A copy of the default severity of every rule. */
export function ruleDefaults(): Record<string, RuleSetting> {
  return { ...defaults };
}
