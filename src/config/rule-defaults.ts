/**
 * Each rule's default severity, as its definition gives it. The rule registry fills this in when
 * it loads: the configuration cannot import the registry, because the rules import the
 * configuration, and that cycle would leave a rule undefined in the registry.
 */
import type { RuleSetting } from './types.ts';

const defaults: Record<string, RuleSetting> = {};

export function registerRuleDefaults(settings: Record<string, RuleSetting>): void {
  Object.assign(defaults, settings);
}

/** A copy of the default severities of every rule loaded so far. */
export function ruleDefaults(): Record<string, RuleSetting> {
  return { ...defaults };
}
