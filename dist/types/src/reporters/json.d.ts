import type { LintResult } from '../findings/types.ts';
/**
 * ESLint's JSON shape (its LintResult and LintMessage), key order included, so that tools written
 * for ESLint can read it. Two differences, both deliberate: `filePath` is relative to where
 * ladder-lint ran, with forward slashes (the same on every machine, as SARIF and annotations
 * want it), and `source` is left out. `output` is there for a file `--fix` or `--fix-dry-run`
 * changed; `nodeType` is null, as ESLint gives for findings that are not about a JavaScript node.
 */
export declare function formatJson(results: readonly LintResult[]): string;
