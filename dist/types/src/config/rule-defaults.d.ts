import type { RuleSetting } from './types.ts';
export declare function registerRuleDefaults(settings: Record<string, RuleSetting>): void;
/** A copy of the default severity of every rule. */
export declare function ruleDefaults(): Record<string, RuleSetting>;
