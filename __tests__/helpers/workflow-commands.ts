/**
 * The workflow commands the GitHub Actions runner would act on in some output, by its own rules
 * (actions/runner: src/Runner.Common/ActionCommand.cs TryParseV2 and TryParse, and
 * ProcessInvoker's ReadLine):
 * - lines end at LF, CR or CR LF;
 * - `::name props::data`: the line, after .NET's TrimStart, starts with `::` and has a second
 *   `::`; the name runs to the first space;
 * - `##[name props]data`: `##[` anywhere in the line, then a `]`.
 * Stricter than the runner in two ways, so that a pass here is a pass there: any name counts
 * (after `::stop-commands::token`, `::token::` is a command too), and format characters
 * (soft hyphen, zero-width space), which .NET's culture-aware comparison may skip, are dropped.
 */
export interface RunnerCommand {
  /** 1-based, as the runner's lines are counted. */
  line: number;
  name: string;
  data: string;
}

// .NET's char.IsWhiteSpace.
const dotnetWhiteSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/u;

export function workflowCommandsIn(output: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  output.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const text = raw.replace(/\p{Cf}/gu, '');
    const trimmed = text.replace(dotnetWhiteSpace, '');
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      const name = end < 0 ? '' : (trimmed.slice(2, end).split(' ')[0] ?? '');
      if (name !== '') {
        commands.push({ line: index + 1, name, data: trimmed.slice(end + 2) });
        return;
      }
    }
    const prefix = text.indexOf('##[');
    if (prefix < 0) return;
    const close = text.indexOf(']', prefix);
    const name = close < 0 ? '' : (text.slice(prefix + 3, close).split(' ')[0] ?? '');
    if (name !== '') commands.push({ line: index + 1, name, data: text.slice(close + 1) });
  });
  return commands;
}
