import type { ResolvedConfig } from '../src/config/types.ts';
declare const ladderSpelling: import("../src/rule-api/define-rule.ts").PageRule;
/** The dictionaries load while the first pages are parsed, not when the first page asks. */
export declare function prepare(config: ResolvedConfig, folder: string): void;
export default ladderSpelling;
