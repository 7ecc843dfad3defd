import type { RuleMeta, RuleUrls } from './define-rule.ts';
export declare const ruleMetaList: ReadonlyArray<RuleMeta & RuleUrls>;
