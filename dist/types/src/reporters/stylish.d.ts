import type { LintResult } from '../engine/lint.ts';
export interface StylishOptions {
    color: boolean;
}
/** The terminal report: files with findings, one line each, then a total, as ESLint's stylish. */
export declare function formatStylish(results: readonly LintResult[], options: StylishOptions): string;
