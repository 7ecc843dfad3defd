import type { LintMessage, LintResult } from '../findings/types.ts';
import type { Changes } from './changes.ts';
/** Where a finding stands against the change under review; the order is the order of importance. */
export type Scope = 'changed-line' | 'changed-page' | 'changed-file' | 'elsewhere';
export interface Finding extends LintMessage {
    filePath: string;
    scope: Scope;
}
/** Errors before warnings, then findings on changed lines, then on the pages a change touched. */
export declare function byImportance(a: Finding, b: Finding): number;
/**
 * Places every finding against the change. The whole ladder was linted, because cross-page rules
 * need every page; a finding about another page (a progression finding names the lower level) that
 * the change touched is moved onto the changed page, so the pull request shows it where it was made.
 */
export declare function placeFindings(results: readonly LintResult[], changes: Changes | undefined): Finding[];
