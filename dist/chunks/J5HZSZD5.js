#!/usr/bin/env node

// src/config/safe-pattern.ts
import { RE2JS } from "re2js";
var UnsafePatternError = class extends Error {
  source;
  problem;
  constructor(source, problem) {
    super(`The configured pattern ${problem}`);
    this.name = "UnsafePatternError";
    this.source = source;
    this.problem = problem;
  }
};
var compiled = /* @__PURE__ */ new Map();
function safePattern(source, options = {}) {
  const key = `${options.ignoreCase ? "i" : "-"}${source}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = compile(source, options);
    compiled.set(key, pattern);
  }
  return pattern;
}
function patternProblem(source) {
  try {
    safePattern(source);
    return void 0;
  } catch (error) {
    if (error instanceof UnsafePatternError) return error.problem;
    throw error;
  }
}
function compile(source, options) {
  try {
    new RegExp(source, "u");
  } catch (error) {
    const reason = error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /su, "");
    throw new UnsafePatternError(source, `is not a valid regular expression: "${source}" (${reason}).`);
  }
  let engine;
  try {
    engine = RE2JS.compile(toRe2Syntax(source), options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    const reason = error.message.replace(/^error parsing regexp: /, "");
    throw new UnsafePatternError(
      source,
      `is a pattern ladder-lint cannot run safely: "${source}" (${reason}). Patterns from the configuration run in a linear-time engine (RE2), so that no pattern can stall a run: it has no backreferences (\\1, \\k<name>), no lookahead or lookbehind ((?=\u2026), (?!\u2026), (?<=\u2026), (?<!\u2026)) and repeats at most 1000 times. Rewrite the pattern without them.`
    );
  }
  const names = Object.keys(engine.namedGroups());
  return {
    source,
    test: (text) => engine.test(text),
    exec: (text) => {
      const matcher = engine.matcher(text);
      if (!matcher.find()) return void 0;
      const groups = {};
      const spans = {};
      for (const name of names) {
        const start = matcher.start(name);
        const end = matcher.end(name);
        groups[name] = start < 0 ? void 0 : text.slice(start, end);
        spans[name] = start < 0 ? void 0 : [start, end];
      }
      const span = [matcher.start(), matcher.end()];
      return { text: text.slice(...span), index: span[0], span, groups, spans };
    }
  };
}
var unicodeSpace = String.raw`\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`;
function toRe2Syntax(source) {
  let out = "";
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char !== "\\") {
      if (char === "[" && !inClass) inClass = true;
      else if (char === "]" && inClass) inClass = false;
      out += char;
      continue;
    }
    const next = source[index + 1] ?? "";
    const hex4 = /^[\dA-Fa-f]{4}/.exec(source.slice(index + 2, index + 6))?.[0];
    const braced = /^\{([\dA-Fa-f]+)\}/.exec(source.slice(index + 2, index + 10));
    if (next === "u" && braced) {
      out += `\\x{${braced[1]}}`;
      index += 1 + braced[0].length;
    } else if (next === "u" && hex4) {
      const low = /^\\u(d[c-f][\dA-Fa-f]{2})/i.exec(source.slice(index + 6, index + 12))?.[1];
      const high = parseInt(hex4, 16);
      if (low && high >= 55296 && high <= 56319) {
        const point = (high - 55296) * 1024 + (parseInt(low, 16) - 56320) + 65536;
        out += `\\x{${point.toString(16)}}`;
        index += 11;
      } else {
        out += `\\x{${hex4}}`;
        index += 5;
      }
    } else if (next === "s") {
      out += inClass ? `\\s${unicodeSpace}` : `[\\s${unicodeSpace}]`;
      index += 1;
    } else if (next === "S" && !inClass) {
      out += `[^\\s${unicodeSpace}]`;
      index += 1;
    } else {
      out += `\\${next}`;
      index += 1;
    }
  }
  return out;
}

export {
  safePattern,
  patternProblem
};
