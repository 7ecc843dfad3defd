// The workflow commands the GitHub Actions runner would act on in a step's output, read by the
// runner's own rules (actions/runner: src/Runner.Sdk/ProcessInvoker.cs reads lines with
// StreamReader.ReadLine; src/Runner.Worker/Handlers/OutputManager.cs passes a line holding "::" or
// "##[" to src/Runner.Worker/ActionCommandManager.cs, which parses it with
// src/Runner.Common/ActionCommand.cs):
// - a line ends at LF, CR or CRLF;
// - `::name props::data`: after white space is trimmed from the line's start (TryParseV2);
// - failing that, the legacy `##[name props]data` anywhere in the line (TryParse);
// - only registered command names count (compared ignoring case); others are plain text;
// - `::stop-commands::TOKEN` stops every command until a line whose command name is TOKEN.

/** The runner's command extensions, and stop-commands (ActionCommandManager.Initialize). */
export const registeredCommands = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
];

export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** The line of output it came from. */
  line: string;
}

function unescape(text: string, mappings: Array<[string, string]>): string {
  let result = text;
  for (const [token, replacement] of mappings) result = result.replaceAll(replacement, token);
  return result;
}

const dataMappings: Array<[string, string]> = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const propertyMappings: Array<[string, string]> = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const legacyMappings: Array<[string, string]> = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function properties(text: string, separator: string, mappings: Array<[string, string]>) {
  const result: Record<string, string> = {};
  for (const pair of text.split(separator).filter(Boolean)) {
    const at = pair.indexOf('=');
    // C#'s Split('=', 2, RemoveEmptyEntries): "=x" and "x=" are not pairs.
    if (at <= 0 || at === pair.length - 1) continue;
    result[pair.slice(0, at)] = unescape(pair.slice(at + 1), mappings);
  }
  return result;
}

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  // C#'s TrimStart() trims every Unicode white space, as \s does.
  const message = line.replace(/^\s+/u, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  return {
    command,
    properties: space > 0 ? properties(info.slice(space + 1).trim(), ',', propertyMappings) : {},
    data: unescape(message.slice(end + 2), dataMappings),
    line,
  };
}

function parseLegacy(line: string, registered: Set<string>): RunnerCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  return {
    command,
    properties: space > 0 ? properties(info.slice(space + 1), ';', legacyMappings) : {},
    data: unescape(line.slice(close + 1), legacyMappings),
    line,
  };
}

/** Every command the runner would process in this output, in order, stop and resume included. */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(registeredCommands);
  const processed: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (!line.includes('::') && !line.includes('##[')) continue;
    const command = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (!command) continue;
    const name = command.command.toLowerCase();
    if (stopToken !== undefined) {
      if (name === stopToken.toLowerCase()) {
        registered.delete(name);
        stopToken = undefined;
        processed.push(command);
      }
      continue;
    }
    if (name === 'stop-commands') {
      stopToken = command.data;
      registered.add(command.data.toLowerCase());
    }
    processed.push(command);
  }
  return processed;
}
