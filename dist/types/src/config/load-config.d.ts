import { ConfigError } from './config-error.ts';
import { type RuleSchemaSource } from './rule-schema.ts';
import type { LadderLintConfig, LayoutSpec, ResolvedConfig } from './types.ts';
export { ConfigError };
export declare const configFileNames: readonly [".ladderlintrc.json", ".ladderlintrc.yaml", ".ladderlintrc.yml", "ladder-lint.config.js", "ladder-lint.config.mjs", "package.json"];
/** Walks up from `start` to the first folder that has a configuration file. */
export declare function findConfigFile(start: string): string | undefined;
/** Checks a configuration object against the schema and the rules and templates that exist. */
export declare function validateConfig(config: unknown, file: string, knownRules: readonly RuleSchemaSource[]): LadderLintConfig;
/** A layout laid over another: `levels` keys over the defaults of the layout they name. */
export declare function mergeLayout(base: LayoutSpec, over: Partial<LayoutSpec> | undefined): LayoutSpec;
/** Lays a user configuration over the preset it extends (the built-in default unless it names one). */
export declare function mergeConfig(user: LadderLintConfig | undefined, base: string, sources: string[]): ResolvedConfig;
export interface LoadConfigOptions {
    /** An explicit configuration file (`--config`): no discovery. */
    configFile?: string;
    /** Where discovery starts: the folder being checked. */
    searchFrom: string;
    /** Every rule (RuleMeta), for rule names and options; the engine passes the registry's. */
    knownRules: readonly RuleSchemaSource[];
}
export declare function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig>;
