import type { Fix } from '../findings/fix.ts';
/**
 * Applies the fixes of one page's findings to its text, as ESLint's SourceCodeFixer does: in
 * order of their ranges, each fix that starts after the one before it ends; a fix that overlaps
 * (or touches) one already applied waits for the next pass, when the page has been checked again.
 */
export declare function applyFixes(text: string, fixes: ReadonlyArray<Fix | undefined>): {
    output: string;
    fixed: boolean;
    applied: number;
};
