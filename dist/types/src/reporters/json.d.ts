import type { LintResult } from '../engine/lint.ts';
/** ESLint's JSON shape, key order included, so that tools written for ESLint can read it. */
export declare function formatJson(results: readonly LintResult[]): string;
