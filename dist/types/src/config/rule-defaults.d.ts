/**
 * Each rule's default severity, as its definition gives it. The rule registry fills this in when
 * it loads: the configuration cannot import the registry, because the rules import the
 * configuration, and that cycle would leave a rule undefined in the registry.
 */
import type { RuleSetting } from './types.ts';
export declare function registerRuleDefaults(settings: Record<string, RuleSetting>): void;
/** A copy of the default severities of every rule loaded so far. */
export declare function ruleDefaults(): Record<string, RuleSetting>;
