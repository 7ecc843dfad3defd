import { RE2JS } from 're2js';

/**
 * Regular expressions from configuration (level, section, field and track-title patterns) come
 * from the repository being checked, so in the Action from a pull request: a pattern such as
 * `(a+)+$` would make JavaScript's backtracking engine run for minutes on a long title. They run
 * here in RE2 (re2js, pure JavaScript), whose time is linear in the text, whatever the pattern.
 * RE2 has no backreferences or lookaround; such a pattern is refused when the configuration loads.
 * This module is the one place that knows the engine: everything else calls `safePattern`.
 */

/** Where a group matched, in UTF-16 code units of the text, as `RegExp`'s `d` flag gives them. */
export type Span = [start: number, end: number];

export interface SafeMatch {
  /** The whole match. */
  text: string;
  index: number;
  span: Span;
  /** Each named group's text, undefined when the group took no part in the match. */
  groups: Record<string, string | undefined>;
  spans: Record<string, Span | undefined>;
}

export interface SafePattern {
  /** The pattern as the configuration wrote it. */
  readonly source: string;
  test(text: string): boolean;
  /** The first match, or undefined. */
  exec(text: string): SafeMatch | undefined;
}

export interface SafePatternOptions {
  ignoreCase?: boolean;
}

/** Why a pattern cannot run: `problem` is a sentence for the person who wrote it. */
export class UnsafePatternError extends Error {
  readonly source: string;
  readonly problem: string;

  constructor(source: string, problem: string) {
    super(`The configured pattern ${problem}`);
    this.name = 'UnsafePatternError';
    this.source = source;
    this.problem = problem;
  }
}

const compiled = new Map<string, SafePattern>();

/** Compiles a configured pattern (JavaScript syntax), or throws UnsafePatternError. */
export function safePattern(source: string, options: SafePatternOptions = {}): SafePattern {
  const key = `${options.ignoreCase ? 'i' : '-'}${source}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = compile(source, options);
    compiled.set(key, pattern);
  }
  return pattern;
}

/** Why a configured pattern cannot run, or undefined when it can. */
export function patternProblem(source: string): string | undefined {
  try {
    safePattern(source);
    return undefined;
  } catch (error) {
    if (error instanceof UnsafePatternError) return error.problem;
    throw error;
  }
}

function compile(source: string, options: SafePatternOptions): SafePattern {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /su, '');
    throw new UnsafePatternError(source, `is not a valid regular expression: "${source}" (${reason}).`);
  }
  let engine: RE2JS;
  try {
    engine = RE2JS.compile(toRe2Syntax(source), options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    throw new UnsafePatternError(
      source,
      `is a pattern ladder-lint cannot run safely: "${source}" (${reason}). Patterns from the ` +
        'configuration run in a linear-time engine (RE2), so that no pattern can stall a run: it has ' +
        'no backreferences (\\1, \\k<name>), no lookahead or lookbehind ((?=…), (?!…), (?<=…), (?<!…)) ' +
        'and repeats at most 1000 times. Rewrite the pattern without them.',
    );
  }
  const names = Object.keys(engine.namedGroups());
  return {
    source,
    test: (text) => engine.test(text),
    exec: (text) => {
      const matcher = engine.matcher(text);
      if (!matcher.find()) return undefined;
      const groups: SafeMatch['groups'] = {};
      const spans: SafeMatch['spans'] = {};
      for (const name of names) {
        const start = matcher.start(name);
        const end = matcher.end(name);
        groups[name] = start < 0 ? undefined : text.slice(start, end);
        spans[name] = start < 0 ? undefined : [start, end];
      }
      const span: Span = [matcher.start(), matcher.end()];
      return { text: text.slice(...span), index: span[0], span, groups, spans };
    },
  };
}

/** JavaScript's Unicode white space, which `\s` matches there and RE2's ASCII `\s` does not. */
const unicodeSpace = String.raw`\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`;

/**
 * The few JavaScript escapes that RE2 spells otherwise or reads more narrowly: `\uXXXX` and
 * `\u{X}` are `\x{X}` there, and `\s` takes in Unicode white space as in JavaScript.
 */
function toRe2Syntax(source: string): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index] as string;
    if (char !== '\\') {
      if (char === '[' && !inClass) inClass = true;
      else if (char === ']' && inClass) inClass = false;
      out += char;
      continue;
    }
    const next = source[index + 1] ?? '';
    const hex4 = /^[\dA-Fa-f]{4}/.exec(source.slice(index + 2, index + 6))?.[0];
    const braced = /^\{([\dA-Fa-f]+)\}/.exec(source.slice(index + 2, index + 10));
    if (next === 'u' && braced) {
      out += `\\x{${braced[1]}}`;
      index += 1 + braced[0].length;
    } else if (next === 'u' && hex4) {
      // A surrogate pair, `\uD83D\uDE00`, is one character in JavaScript's `u` mode.
      const low = /^\\u(d[c-f][\dA-Fa-f]{2})/i.exec(source.slice(index + 6, index + 12))?.[1];
      const high = parseInt(hex4, 16);
      if (low && high >= 0xd800 && high <= 0xdbff) {
        const point = (high - 0xd800) * 0x400 + (parseInt(low, 16) - 0xdc00) + 0x10000;
        out += `\\x{${point.toString(16)}}`;
        index += 11;
      } else {
        out += `\\x{${hex4}}`;
        index += 5;
      }
    } else if (next === 's') {
      out += inClass ? `\\s${unicodeSpace}` : `[\\s${unicodeSpace}]`;
      index += 1;
    } else if (next === 'S' && !inClass) {
      out += `[^\\s${unicodeSpace}]`;
      index += 1;
    } else {
      out += `\\${next}`;
      index += 1;
    }
  }
  return out;
}
