/**
 * Output printed in a GitHub Actions step is read by the runner, line by line, for workflow
 * commands (actions/runner, src/Runner.Common/ActionCommand.cs): a line whose text, after leading
 * white space, starts with `::` (`::add-mask::x`, `::stop-commands::token`), and a line holding
 * `##[` anywhere (the legacy `##[error]x`). Lines end at LF, CR or CR LF. File names, headings
 * and field values come from the pull request, so when GITHUB_ACTIONS is set every report is
 * passed through here and no line of it can be a command, whatever the pages hold:
 * - text (stylish, progression, init, messages): a space goes in, `## [error]` and
 *   `: :add-mask::`, which stays readable;
 * - JSON (json, sarif, outline): `[` after `##` is written `\u005b`, and a `:` that would start
 *   a line `\u003a`: the same JSON value, never the command.
 * Format characters (soft hyphen, zero-width space) count as nothing in between, as .NET's
 * culture-aware comparison the runner uses may skip them.
 */
/** Whether output goes to a GitHub Actions log: the runner sets GITHUB_ACTIONS (to "true"). */
export declare function inGithubActions(env?: NodeJS.ProcessEnv): boolean;
/** Plain text in which no line is a workflow command: `## [error]`, `: :add-mask::…`. */
export declare function commandFreeText(text: string): string;
/**
 * JSON text (as JSON.stringify writes it) in which no line is a workflow command, still valid
 * and holding the same values: `#` and a line-starting `:` only occur inside strings, where
 * `\u005b` is `[` and `\u003a` is `:`.
 */
export declare function commandFreeJson(json: string): string;
/** The guard for a kind of output: identity outside GitHub Actions. */
export declare function outputGuard(kind: 'text' | 'json', env?: NodeJS.ProcessEnv): (text: string) => string;
