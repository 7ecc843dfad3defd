import type { LadderLintConfig, ResolvedConfig } from './types.ts';
/** A configuration problem the user must fix; the CLI prints it and exits 2. */
export declare class ConfigError extends Error {
    readonly file: string;
    readonly key: string;
    readonly problem: string;
    constructor(file: string, key: string, problem: string);
}
export declare const configFileNames: readonly [".ladderlintrc.json", ".ladderlintrc.yaml", ".ladderlintrc.yml", "ladder-lint.config.js", "ladder-lint.config.mjs", "package.json"];
/** Walks up from `start` to the first folder that has a configuration file. */
export declare function findConfigFile(start: string): string | undefined;
/** Checks a configuration object against the schema and the rules and templates that exist. */
export declare function validateConfig(config: unknown, file: string, knownRules: readonly string[]): LadderLintConfig;
/** Lays a user configuration over the built-in default. */
export declare function mergeConfig(user: LadderLintConfig | undefined, base: string, sources: string[]): ResolvedConfig;
export interface LoadConfigOptions {
    /** An explicit configuration file (`--config`): no discovery. */
    configFile?: string;
    /** Where discovery starts: the folder being checked. */
    searchFrom: string;
    knownRules: readonly string[];
}
export declare function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig>;
