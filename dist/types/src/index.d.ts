/** The library API: the same engine the CLI and the GitHub Action use. */
export { defaultConfig } from './config/default-config.ts';
export { ConfigError, loadConfig, mergeConfig, validateConfig } from './config/load-config.ts';
export type { LadderLintConfig, ResolvedConfig, RuleSetting, Template } from './config/types.ts';
export { boundHeapForLargeRuns } from './engine/speed/index.ts';
export { maximumFixPasses, outputFixes } from './engine/fix-passes.ts';
export type { Fix, Suggestion } from './findings/fix.ts';
export { type LintOptions, lintFiles, lintTexts } from './engine/lint.ts';
export type { LintMessage, LintResult, LintRun } from './findings/types.ts';
export { buildLadderPage } from './model/build-page.ts';
export type { LadderPage, PageOutline } from './model/ladder-page.ts';
export { parseMarkdown } from './model/parse.ts';
export { formatJson } from './reporters/json.ts';
export { formatStylish } from './reporters/stylish.ts';
export { configSchemaWithRules } from './config/rule-schema.ts';
export { definePageRule, defineTrackRule, type PageRule, type Rule, type RuleMeta, type TrackRule, } from './rule-api/define-rule.ts';
export { allRules, pageRules, ruleMetas, ruleNames, trackRules } from './rule-api/registry.ts';
/** The JSON Schema of a configuration file, every rule's options included (schema.json). */
export declare const configSchema: object;
