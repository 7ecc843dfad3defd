/**
 * Every rule, derived from the files in rules/ (see rule-list.ts), and what the rest of
 * ladder-lint derives from their definitions: the default severities, the rules' option schemas
 * and the catalogue reporters list.
 */
import { registerRuleDefaults } from '../config/rule-defaults.ts';
import type { RuleSetting } from '../config/types.ts';
import { isPageRule, type PageRule, type Rule, type RuleMeta, type TrackRule } from './define-rule.ts';
import { ruleList } from './rule-list.ts';

export const allRules: readonly Rule[] = ruleList;

/** Every rule that looks at one page at a time. */
export const pageRules: PageRule[] = allRules.filter(isPageRule);

/** Every rule that compares pages: those of a track, or (scope `ladder`) all of them. */
export const trackRules: TrackRule[] = allRules.filter((rule): rule is TrackRule => !isPageRule(rule));

export const ruleNames: readonly string[] = allRules.map((rule) => rule.meta.id);

/** What the configuration loader needs to know of each rule: its id and its options' schema. */
export const ruleMetas: readonly RuleMeta[] = allRules.map((rule) => rule.meta);

/** Every rule's id, one-sentence description and docs page, for reporters that list rules. */
export const ruleCatalog: ReadonlyArray<{ name: string; description: string; url: string }> = allRules.map(
  ({ meta }) => ({ name: meta.id, description: meta.description, url: meta.url }),
);

/** The `rules` of the default configuration: each rule at its own default severity. */
export function defaultRuleSettings(): Record<string, RuleSetting> {
  return Object.fromEntries(allRules.map(({ meta }) => [meta.id, meta.defaultSeverity]));
}

registerRuleDefaults(defaultRuleSettings());
