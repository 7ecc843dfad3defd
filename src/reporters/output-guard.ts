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
export function inGithubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.GITHUB_ACTIONS ?? '') !== '';
}

// `##[` with nothing but format characters between: the legacy command's prefix.
const legacyPrefix = /(#\p{Cf}*#\p{Cf}*)\[/gu;
// `::` at the start of a line, after what .NET's TrimStart takes for white space (NEL, U+0085,
// too) and format characters. `^` with `m` also starts a line after U+2028 and U+2029, which the
// runner trims instead: more than needed, never less. Line ends stay out of the run of white
// space, so that each line start scans only its own.
const linePrefix = /^([\t\v\f \u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\p{Cf}]*:\p{Cf}*):/gmu;

/** Plain text in which no line is a workflow command: `## [error]`, `: :add-mask::…`. */
export function commandFreeText(text: string): string {
  return text.replace(legacyPrefix, '$1 [').replace(linePrefix, '$1 :');
}

/**
 * JSON text (as JSON.stringify writes it) in which no line is a workflow command, still valid
 * and holding the same values: `#` and a line-starting `:` only occur inside strings, where
 * `\u005b` is `[` and `\u003a` is `:`.
 */
export function commandFreeJson(json: string): string {
  return json.replace(legacyPrefix, '$1\\u005b').replace(linePrefix, '$1\\u003a');
}

/** The guard for a kind of output: identity outside GitHub Actions. */
export function outputGuard(
  kind: 'text' | 'json',
  env: NodeJS.ProcessEnv = process.env,
): (text: string) => string {
  if (!inGithubActions(env)) return (text) => text;
  return kind === 'json' ? commandFreeJson : commandFreeText;
}
