import { type LintResult } from '../engine/lint.ts';
/** SARIF 2.1.0, as github/codeql-action/upload-sarif accepts it. */
export declare function formatSarif(results: readonly LintResult[]): string;
