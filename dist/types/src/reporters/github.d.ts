import type { LintMessage, LintResult } from '../findings/types.ts';
/**
 * GitHub's workflow commands (`::error file=…::message`), escaped as the runner unescapes them.
 * Data: `%`, CR and LF. Properties also `:` and `,`, which would otherwise end the value: a file
 * named `a.md,line=1::x` must stay one file name and never become a second command.
 */
export declare function escapeData(text: string): string;
export declare function escapeProperty(text: string): string;
/** The text of a finding as a person reads it on the pull request: the message, then the fix. */
export declare function annotationText(message: LintMessage): string;
export declare function workflowCommand(filePath: string, message: LintMessage): string;
/** `--format github`: one workflow command per finding, for a plain `run:` step. */
export declare function formatGithub(results: readonly LintResult[]): string;
