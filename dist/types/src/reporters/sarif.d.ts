import { type LintResult } from '../findings/types.ts';
/** SARIF 2.1.0, as github/codeql-action/upload-sarif accepts it. */
export declare function formatSarif(results: readonly LintResult[]): string;
