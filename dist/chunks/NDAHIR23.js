#!/usr/bin/env node
import {
  ladder_section_content_default
} from "./SNUMBKS6.js";
import {
  ladder_sections_default
} from "./BDR6INIF.js";
import {
  ladder_spelling_default
} from "./6YWCXBSI.js";
import {
  ladder_summary_default
} from "./QRPM5XV5.js";
import {
  ladder_title_default
} from "./CK325EWE.js";
import {
  ladder_track_consistency_default
} from "./2DJ26Y4G.js";
import {
  ladder_track_index_default
} from "./2CKBHHVE.js";
import {
  ladder_typography_default
} from "./Q5ZANKLP.js";
import {
  ladder_level_order_default
} from "./S6EFWGKK.js";
import {
  ladder_links_default
} from "./KLTEM3CE.js";
import {
  ladder_lost_list_marker_default
} from "./MCEJY7JR.js";
import {
  ladder_metadata_default
} from "./KDXYYAJI.js";
import {
  ladder_mixed_spelling_default
} from "./S3UNJ4K5.js";
import {
  ladder_mojibake_default
} from "./XBNRIXL3.js";
import {
  ladder_placeholder_default
} from "./DCHQNVR6.js";
import {
  ladder_progression_default
} from "./XQXRPLNE.js";
import {
  LintCache,
  contentHash,
  defaultCacheLocation,
  linkedFiles,
  runKeyOf
} from "./YG2FXEGJ.js";
import {
  ladder_doubled_word_default
} from "./B7C32CAA.js";
import {
  ladder_emoji_style_default
} from "./4NSXF6I5.js";
import {
  ladder_front_matter_default
} from "./QGZBHIDC.js";
import {
  ladder_grammar_default
} from "./EGFNSXRN.js";
import {
  ladder_heading_style_default
} from "./N47473IK.js";
import {
  decodeText,
  encodeText,
  isInside,
  levelFromFileName,
  linkedPages,
  lintRootFor,
  loadConfig,
  makeContext,
  mergeLayout,
  pageText,
  parseMarkdown,
  readLadderFile,
  readText,
  registerRuleDefaults,
  startsWithByteOrderMark,
  unparseableReason
} from "./2UCCQMGD.js";
import {
  isPageRule
} from "./SLYHWU2C.js";

// src/engine/large-run.ts
import { setFlagsFromString } from "node:v8";
var largeRunFiles = 2e3;
function heapFlagsFor(count) {
  return count >= largeRunFiles ? "--heap-growing-percent=50" : void 0;
}
function boundHeapForLargeRuns(count) {
  const flags = heapFlagsFor(count);
  if (flags) setFlagsFromString(flags);
}

// src/engine/speed/index.ts
function openLintCache(location, config, cwd, warn) {
  return LintCache.open(location, runKeyOf({ ...config, cache: void 0 }, cwd), warn);
}

// src/engine/fix-passes.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/engine/apply-fixes.ts
function applyFixes(text, fixes) {
  const sorted = fixes.filter((fix) => fix !== void 0).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let lastEnd = Number.NEGATIVE_INFINITY;
  let applied = 0;
  for (const { range, text: replacement } of sorted) {
    const [start, end] = range;
    if (start <= lastEnd || start < 0 || end < start || end > text.length) continue;
    output += text.slice(Math.max(0, lastEnd), start) + replacement;
    lastEnd = end;
    applied++;
  }
  if (applied === 0) return { output: text, fixed: false, applied };
  output += text.slice(lastEnd);
  return { output, fixed: output !== text, applied };
}

// src/engine/fix-passes.ts
var maximumFixPasses = 10;
async function fixPasses(first, relint, readOriginal) {
  const texts = /* @__PURE__ */ new Map();
  const originals = /* @__PURE__ */ new Map();
  const unfixable = /* @__PURE__ */ new Set();
  let run = first;
  for (let pass = 0; pass < maximumFixPasses; pass++) {
    let fixed = false;
    for (const result of run.results) {
      if (unfixable.has(result.filePath) || !result.messages.some((message) => message.fix)) continue;
      let text = texts.get(result.filePath);
      if (text === void 0) {
        const original = await readOriginal(result.filePath);
        if (!original) {
          unfixable.add(result.filePath);
          continue;
        }
        originals.set(result.filePath, original);
        text = original.text;
      }
      const applied = applyFixes(
        text,
        result.messages.map((message) => message.fix)
      );
      if (applied.fixed) {
        texts.set(result.filePath, applied.output);
        fixed = true;
      }
    }
    if (!fixed) break;
    run = await relint(texts);
  }
  for (const result of run.results) {
    const text = texts.get(result.filePath);
    const original = originals.get(result.filePath);
    if (text !== void 0 && original && text !== original.text)
      result.output = `${original.bom ? "\uFEFF" : ""}${text}`;
  }
  return run;
}
async function readForFix(absolutePath) {
  let bytes;
  try {
    bytes = await readFile(absolutePath);
  } catch {
    return void 0;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok || !Buffer.from(encodeText(decoded.text, decoded)).equals(bytes)) return void 0;
  return { text: decoded.text, bom: decoded.bom };
}
async function outputFixes(results, cwd) {
  const written = [];
  const failed = [];
  for (const result of results) {
    if (result.output === void 0) continue;
    const path = resolve(cwd, result.filePath);
    try {
      const decoded = decodeText(await readFile(path));
      if (!decoded.ok) throw new Error(decoded.problem);
      const text = decoded.bom && result.output.startsWith("\uFEFF") ? result.output.slice(1) : result.output;
      await writeFile(path, encodeText(text, decoded));
      written.push(result.filePath);
    } catch (error) {
      const code = error.code;
      failed.push({
        filePath: result.filePath,
        problem: code === "EACCES" || code === "EPERM" ? "ladder-lint is not allowed to write this file; check its permissions." : error.message
      });
    }
  }
  return { written, failed };
}

// src/rule-api/rule-list.ts
var ruleList = [ladder_doubled_word_default, ladder_emoji_style_default, ladder_front_matter_default, ladder_grammar_default, ladder_heading_style_default, ladder_level_order_default, ladder_links_default, ladder_lost_list_marker_default, ladder_metadata_default, ladder_mixed_spelling_default, ladder_mojibake_default, ladder_placeholder_default, ladder_progression_default, ladder_section_content_default, ladder_sections_default, ladder_spelling_default, ladder_summary_default, ladder_title_default, ladder_track_consistency_default, ladder_track_index_default, ladder_typography_default];

// src/rule-api/registry.ts
var allRules = ruleList;
var pageRules = allRules.filter(isPageRule);
var trackRules = allRules.filter((rule) => !isPageRule(rule));
var ruleNames = allRules.map((rule) => rule.meta.id);
var ruleMetas = allRules.map((rule) => rule.meta);
var ruleCatalog = allRules.map(
  ({ meta }) => ({ name: meta.id, description: meta.description, url: meta.url })
);
function defaultRuleSettings() {
  return Object.fromEntries(allRules.map(({ meta }) => [meta.id, meta.defaultSeverity]));
}
registerRuleDefaults(defaultRuleSettings());

// src/engine/lint.ts
import { dirname as dirname2, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
import picomatch2 from "picomatch";
import { unified } from "unified";
import { VFile } from "vfile";
import { VFileMessage } from "vfile-message";

// src/model/ladder-page.ts
function outlineOf(page) {
  return {
    ...page,
    sections: page.sections.map(({ bullets: _bullets, examples: _examples, ...section }) => section)
  };
}

// src/findings/types.ts
var engineRuleIds = {
  unreadable: "file-unreadable",
  missing: "path-not-found",
  empty: "empty-page",
  internal: "internal-error",
  noLevels: "no-levels-found"
};
var engineRuleDescriptions = {
  [engineRuleIds.unreadable]: "A file that should be a page could not be read as Markdown text.",
  [engineRuleIds.missing]: "A path or pattern given to ladder-lint matched nothing.",
  [engineRuleIds.empty]: "A page has no content.",
  [engineRuleIds.internal]: "ladder-lint itself failed while checking a file.",
  [engineRuleIds.noLevels]: "No level of a career ladder was found in the files checked."
};

// src/engine/discover.ts
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync
} from "node:fs";
import { dirname, join, relative, resolve as resolve2, sep } from "node:path";
import ignore from "ignore";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
var ignoreFileNames = [".gitignore", ".ladderlintignore"];
var maximumIgnoreFileBytes = 1024 * 1024;
var alwaysSkipped = ["**/node_modules/**", "**/.git/**"];
function isCandidate(path) {
  const base = path.split(/[\\/]/).pop() ?? "";
  if (isPageName(base)) return true;
  return !base.includes(".") && levelFromFileName(base) !== void 0;
}
function isPageName(path) {
  return /\.(md|markdown)$/i.test(path);
}
function folderNamedLikeAPage(folder) {
  return {
    pattern: folder.replace(/\/$/, ""),
    problem: 'This is a folder, not a page, though its name ends in ".md". Rename it, or move its contents into a page.',
    kind: "unreadable"
  };
}
async function ignoreRulesFor(root, lintRoot) {
  const files = [];
  let folder = root;
  for (; ; ) {
    for (const name of ignoreFileNames) files.push(join(folder, name));
    if (existsSync(join(folder, ".git"))) break;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const nested = await glob(
    ignoreFileNames.map((name) => `**/${name}`),
    { cwd: root, absolute: true, dot: true, ignore: alwaysSkipped, followSymbolicLinks: false }
  );
  files.push(...nested);
  const rules = [];
  for (const file of new Set(files)) {
    if (!existsSync(file)) continue;
    try {
      const stats = statSync(file);
      if (!stats.isFile() || stats.size > maximumIgnoreFileBytes) continue;
      if (isInside(file, lintRoot) && !isInside(realpathSync(file), lintRoot)) continue;
      rules.push({ folder: dirname(file), rules: ignore().add(readFileSync(file, "utf8")) });
    } catch {
    }
  }
  return rules;
}
function isIgnored(path, rules) {
  return rules.some(({ folder, rules: set }) => {
    const relativePath = relative(folder, path);
    if (relativePath.startsWith("..") || relativePath === "") return false;
    return set.ignores(relativePath.split(sep).join("/"));
  });
}
function isIgnoredFolder(path, folder, rules) {
  const relativePath = relative(folder, path);
  if (relativePath.startsWith("..") || relativePath === "") return false;
  return rules.ignores(`${relativePath.split(sep).join("/")}/`);
}
function configIgnores(config, cwd) {
  const matchers = config.ignores.map(({ base, pattern }) => {
    const match = picomatch(pattern, { dot: true });
    const root = base || cwd;
    return (path) => {
      const relativePath = relative(root, path).split(sep).join("/");
      return !relativePath.startsWith("..") && match(relativePath);
    };
  });
  return (path) => matchers.some((matches) => matches(path));
}
var outsideFolderProblem = "This is a symbolic link to a folder outside the folder being checked, so it was not read. Name the folder it points to instead, or delete the link.";
function unreadableFolder(folder, error) {
  const code = error.code;
  const problem = code === "ENAMETOOLONG" ? "The path of this folder is longer than the system allows, so the pages in it could not be read. Shorten the names of its folders." : code === "EACCES" || code === "EPERM" ? "ladder-lint is not allowed to open this folder, so the pages in it were not checked; check its permissions." : `This folder could not be read (${code ?? error.message}), so the pages in it were not checked.`;
  return { pattern: folder, problem, kind: "unreadable" };
}
function walkFolder(folder, skipFolder) {
  const pages = [];
  const problems = [];
  const visit = (path, bytes) => {
    let entries;
    try {
      entries = readdirSync(bytes ?? path, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      problems.push(unreadableFolder(path, error));
      return;
    }
    for (const entry of entries) {
      const name = entry.name.toString("utf8");
      const entryPath = join(path, name);
      const entryBytes = bytes || !Buffer.from(name).equals(entry.name) ? Buffer.concat([bytes ?? Buffer.from(path), Buffer.from(sep), entry.name]) : void 0;
      if (entry.isDirectory()) {
        if (name === ".git" || name === "node_modules" || skipFolder(entryPath)) continue;
        if (isPageName(name)) problems.push(folderNamedLikeAPage(entryPath));
        visit(entryPath, entryBytes);
        continue;
      }
      if (!isCandidate(entryPath)) continue;
      if (entry.isSymbolicLink()) {
        try {
          if (statSync(entryBytes ?? entryPath).isDirectory()) continue;
        } catch (error) {
          const problem = brokenLinkProblem(entryBytes ?? entryPath, error);
          if (problem) {
            problems.push(problem);
            continue;
          }
        }
      }
      pages.push(entryBytes ? { path: entryPath, bytes: entryBytes } : { path: entryPath });
    }
  };
  visit(folder, void 0);
  return { pages, problems };
}
function brokenLinkProblem(path, error) {
  const code = error.code;
  if (code !== "ELOOP" && code !== "ENOENT") return void 0;
  const problem = code === "ELOOP" ? "This is a symbolic link that points back to itself, so there is no page to check. Point it at a page or delete it." : `This is a symbolic link to "${safeReadlink(path)}", which does not exist. Point it at a page or delete it.`;
  return { pattern: path.toString(), problem, kind: "unreadable" };
}
function linkedEntries(folders) {
  const pages = [];
  const broken = [];
  for (const folder of folders) {
    let names;
    try {
      names = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isSymbolicLink() && !entry.name.startsWith(".")).map((entry) => entry.name);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (!isCandidate(path)) continue;
      try {
        if (!statSync(path).isDirectory()) pages.push(path);
      } catch (error) {
        const problem = brokenLinkProblem(path, error);
        if (problem) broken.push(problem);
        else pages.push(path);
      }
    }
  }
  return { pages, broken };
}
function safeReadlink(path) {
  try {
    return readlinkSync(path, "utf8");
  } catch {
    return "?";
  }
}
async function discoverFiles(patterns, cwd, config) {
  const found = /* @__PURE__ */ new Map();
  const problems = [];
  const ignoredByConfig = configIgnores(config, cwd);
  for (const pattern of patterns.length > 0 ? patterns : ["."]) {
    const absolute = resolve2(cwd, pattern);
    let kind = "missing";
    try {
      const stats = statSync(absolute);
      kind = stats.isDirectory() ? "folder" : "file";
    } catch (error) {
      const code = error.code;
      kind = code === "ENOENT" || code === "ENOTDIR" ? "missing" : "file";
    }
    if (kind === "file") {
      found.set(absolute, { path: absolute, explicit: true, root: lintRootFor(dirname(absolute), cwd) });
      continue;
    }
    if (kind === "missing" && !isDynamicPattern(pattern)) {
      problems.push({ pattern, problem: "No file or folder has this name.", kind: "missing" });
      continue;
    }
    const lintRoot = lintRootFor(
      kind === "folder" ? absolute : resolve2(cwd, picomatch.scan(pattern).base),
      cwd
    );
    if (kind === "folder" && !isInside(realpathSync(absolute), lintRoot)) {
      problems.push({ pattern: absolute, problem: outsideFolderProblem, kind: "unreadable" });
      continue;
    }
    const root = kind === "folder" ? absolute : cwd;
    let rules = await ignoreRulesFor(root, lintRoot);
    if (kind === "folder")
      rules = rules.filter(({ folder, rules: set }) => !isIgnoredFolder(root, folder, set));
    let matches;
    const notPages = [];
    if (kind === "folder") {
      const walked = walkFolder(
        root,
        (path) => rules.some(({ folder, rules: set }) => isIgnoredFolder(path, folder, set))
      );
      matches = walked.pages;
      notPages.push(...walked.problems);
      if (isPageName(absolute)) notPages.unshift(folderNamedLikeAPage(`${absolute}/`));
    } else {
      const entries = await glob([pattern], {
        cwd: root,
        absolute: true,
        dot: false,
        onlyFiles: false,
        ignore: alwaysSkipped,
        // Linked folders are not entered, so a link loop cannot hang the run; linked pages are found below.
        followSymbolicLinks: false
      });
      matches = entries.filter((entry) => !entry.endsWith("/")).map((path) => ({ path }));
      const links = linkedEntries([root, ...entries.filter((entry) => entry.endsWith("/"))]);
      matches.push(...links.pages.map((path) => ({ path })));
      const folderPages = entries.filter((entry) => entry.endsWith("/") && isPageName(entry.slice(0, -1)));
      notPages.push(...links.broken, ...folderPages.map(folderNamedLikeAPage));
    }
    for (const entry of notPages) {
      if (!isIgnored(entry.pattern, rules) && !ignoredByConfig(entry.pattern)) problems.push(entry);
    }
    const before = found.size;
    for (const { path, bytes } of matches) {
      if (!isCandidate(path) || found.has(path)) continue;
      if (isIgnored(path, rules) || ignoredByConfig(path)) continue;
      found.set(path, { path, explicit: false, root: lintRoot, ...bytes ? { bytes } : {} });
    }
    if (found.size === before && kind === "missing") {
      problems.push({ pattern, problem: "No Markdown file matches this pattern.", kind: "missing" });
    }
  }
  const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, problems };
}

// src/engine/keep-copy.ts
import { isMap } from "node:util/types";
var sharedStringLength = 64;
function isPoint(value) {
  return typeof value?.line === "number" && typeof value?.column === "number";
}
function isPosition(value) {
  return isPoint(value?.start) && isPoint(value?.end);
}
function compactPosition({ start, end }) {
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}
function keepCopier() {
  const strings = /* @__PURE__ */ new Map();
  const share = (text) => {
    if (text.length > sharedStringLength) return text;
    const kept = strings.get(text);
    if (kept !== void 0) return kept;
    strings.set(text, text);
    return text;
  };
  const shareWithin = (value) => {
    if (typeof value === "string") return share(value);
    if (isPosition(value)) return compactPosition(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) value[index] = shareWithin(value[index]);
    } else if (isMap(value)) {
      for (const [key, entry] of value) value.set(key, shareWithin(entry));
    } else if (value !== null && typeof value === "object") {
      const record = value;
      for (const key of Object.keys(record)) record[key] = shareWithin(record[key]);
    }
    return value;
  };
  return (data) => shareWithin(structuredClone(data));
}

// src/engine/lint.ts
var fatalRuleIds = /* @__PURE__ */ new Set([
  engineRuleIds.unreadable,
  engineRuleIds.missing,
  engineRuleIds.internal
]);
function toPosix(path) {
  return path.split(sep2).join("/");
}
var overrideMatchers = /* @__PURE__ */ new Map();
function overrideMatcher(files) {
  const key = files.join("\0");
  let matcher = overrideMatchers.get(key);
  if (!matcher) {
    matcher = picomatch2(files, { dot: true });
    overrideMatchers.set(key, matcher);
  }
  return matcher;
}
var rulesByOverrides = /* @__PURE__ */ new WeakMap();
function settingsFor(absolutePath, cwd, config) {
  const matched = [];
  config.overrides.forEach((override, index) => {
    const root = override.base || cwd;
    const relativePath = toPosix(relative2(root, absolutePath));
    const candidates = override.base ? [relativePath] : [relativePath, toPosix(absolutePath).replace(/^\//, "")];
    const matches = overrideMatcher(override.files);
    if (candidates.some((candidate) => !candidate.startsWith("..") && matches(candidate)))
      matched.push(index);
  });
  const overrides = matched.map((index) => config.overrides[index]);
  const template = overrides.findLast((override) => override.template)?.template;
  const ladder = overrides.reduce(
    (layout, override) => override.ladder ? layoutOver(layout, override.ladder) : layout,
    config.ladder
  );
  const byOverrides = rulesByOverrides.get(config) ?? /* @__PURE__ */ new Map();
  rulesByOverrides.set(config, byOverrides);
  const key = matched.join(",");
  let rules = byOverrides.get(key);
  if (!rules) {
    rules = Object.assign({}, config.rules, ...overrides.map((override) => override.rules ?? {}));
    byOverrides.set(key, rules);
  }
  return { rules, template, ladder };
}
var layoutsOver = /* @__PURE__ */ new WeakMap();
function layoutOver(base, over) {
  const byOver = layoutsOver.get(base) ?? /* @__PURE__ */ new WeakMap();
  layoutsOver.set(base, byOver);
  let layout = byOver.get(over);
  if (!layout) {
    layout = mergeLayout(base, over);
    byOver.set(over, layout);
  }
  return layout;
}
var processors = /* @__PURE__ */ new WeakMap();
function processorFor(rules) {
  let processor = processors.get(rules);
  if (!processor) {
    processor = unified();
    for (const rule of pageRules) {
      const setting = rules[rule.meta.id];
      const severity = severityOf(setting);
      if (severity > 0) processor.use(rule, [severity, optionsOf(setting)]);
    }
    processors.set(rules, processor);
  }
  return processor;
}
function severityOf(setting) {
  const label = Array.isArray(setting) ? setting[0] : setting;
  return label === "error" ? 2 : label === "warn" ? 1 : 0;
}
function optionsOf(setting) {
  return Array.isArray(setting) ? setting[1] : void 0;
}
async function runPageRules(file, rules, tree) {
  const firstNew = file.messages.length;
  try {
    await processorFor(rules).run(tree, file);
  } catch (error) {
    internalError(file, "a page rule", error);
  }
  for (const message of file.messages.slice(firstNew)) {
    if (isCrash(message)) asInternalError(message);
  }
}
function isCrash(message) {
  return message.cause instanceof Error && !(message.cause instanceof VFileMessage);
}
function asInternalError(message) {
  const error = message.cause;
  message.reason = crashReason(message.ruleId ? `the ${message.ruleId} rule` : "a page rule", error);
  message.message = message.reason;
  message.ruleId = engineRuleIds.internal;
  message.fatal = true;
  message.place = { line: 1, column: 1 };
}
function crashReason(where, error) {
  return `ladder-lint failed inside ${where} on this file and could not finish that check: ${error?.message ?? String(error)}. The other checks still ran. Please report this to ladder-lint with the file attached.`;
}
function internalError(file, where, error) {
  const message = file.message(crashReason(where, error), {
    ruleId: engineRuleIds.internal,
    source: "ladder-lint",
    place: { line: 1, column: 1 }
  });
  message.fatal = true;
}
function engineFinding(ruleId, message) {
  return { ruleId, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
async function runTrackRules(states, config) {
  const tracks = /* @__PURE__ */ new Map();
  const everyPage = [];
  for (const state of states) {
    for (const page of state.pages ?? []) {
      const member = { page, state };
      everyPage.push(member);
      const members = tracks.get(page.track) ?? [];
      members.push(member);
      tracks.set(page.track, members);
    }
  }
  for (const rule of trackRules) {
    const groups = rule.meta.scope === "ladder" ? [everyPage] : tracks.values();
    for (const members of groups) {
      if (members.some(({ state }) => severityOf(state.rules[rule.meta.id]) > 0))
        await runTrackRule(rule, members, config);
    }
  }
}
async function runTrackRule(rule, members, config) {
  const byPage = new Map(members.map(({ page, state }) => [page, state]));
  const collectedBy = (page) => {
    const state = byPage.get(page);
    return state?.pages?.[0] === page ? state.collected?.get(rule.meta.id) : void 0;
  };
  try {
    await rule.check({
      pages: [...byPage.keys()],
      config,
      options: (page) => optionsOf(byPage.get(page)?.rules[rule.meta.id]),
      collected: collectedBy,
      report: (page, reason, options) => {
        const state = byPage.get(page);
        const severity = severityOf(state?.rules[rule.meta.id]);
        if (!state || severity === 0) return;
        const { expected, place, cause, fix, suggestions, warning, data, key } = options ?? {};
        const messageOptions = { ruleId: rule.meta.id, source: "ladder-lint" };
        if (place) messageOptions.place = place;
        if (cause) messageOptions.cause = cause;
        const message = new VFileMessage(reason, messageOptions);
        message.fatal = severity === 2;
        if (expected) message.expected = expected;
        if (fix) message.fix = fix;
        if (suggestions?.length) message.suggestions = suggestions;
        if (key !== void 0) message.actual = key;
        Object.assign(message, {
          ...warning ? { warning } : {},
          ...data ? { data } : {}
        });
        state.findings.push(structuredClone(toLintMessage(message)));
      }
    });
  } catch (error) {
    const reason = crashReason(`the ${rule.meta.id} rule`, error);
    for (const state of new Set(members.map((member) => member.state)))
      state.findings.push(engineFinding(engineRuleIds.internal, reason));
  }
}
function toLintMessage(message) {
  const place = message.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "end" in place ? place.end : start;
  const lintMessage = {
    ruleId: message.ruleId ?? engineRuleIds.internal,
    // A rule may say that one finding is only a warning (see FindingExtras), never that it is an error.
    severity: message.fatal === false || message.warning === true ? 1 : 2,
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  };
  if (message.expected && message.expected.length > 0) lintMessage.expected = [...message.expected];
  if (message.fix) lintMessage.fix = { range: [...message.fix.range], text: message.fix.text };
  if (message.suggestions?.length)
    lintMessage.suggestions = message.suggestions.map(
      ({ desc, fix }) => fix ? { desc, fix: { range: [...fix.range], text: fix.text } } : { desc }
    );
  if (message.data) lintMessage.data = message.data;
  if (typeof message.actual === "string") lintMessage.key = message.actual;
  const cause = message.cause;
  if (cause instanceof VFileMessage && cause.file) {
    const causePlace = cause.place && "start" in cause.place ? cause.place.start : cause.place;
    lintMessage.related = {
      filePath: cause.file,
      line: causePlace?.line ?? 1,
      column: causePlace?.column ?? 1,
      message: cause.reason
    };
  }
  return lintMessage;
}
var isFinding = (message) => message.fatal !== void 0 && message.fatal !== null;
function toResult(state) {
  const messages = state.findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)
  );
  const errors = messages.filter((message) => message.severity === 2);
  const warnings = messages.filter((message) => message.severity === 1);
  return {
    filePath: state.path,
    messages,
    errorCount: errors.length,
    fatalErrorCount: errors.filter((message) => fatalRuleIds.has(message.ruleId)).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((message) => message.fix).length,
    fixableWarningCount: warnings.filter((message) => message.fix).length
  };
}
async function lintOne(file, absolutePath, run) {
  const { cwd, config } = run;
  const unfit = unparseableReason(String(file.value));
  if (unfit) return unreadable(file.path, unfit, engineRuleIds.unreadable);
  const { rules, template, ladder } = settingsFor(absolutePath, cwd, config);
  let outlines;
  let collected;
  let linked;
  try {
    const tree = parseMarkdown(file);
    linked = run.cache && linkedFiles(tree, absolutePath);
    const pages = readLadderFile(tree, file, file.path, config, ladder);
    outlines = pages.map(outlineOf);
    file.data.ladder = makeContext(pages, config, run.linked, template, ladder);
    await runPageRules(file, rules, tree);
    collected = await collectForTrackRules(file, rules, pages[0], tree, run.keep);
  } catch (error) {
    internalError(file, "the Markdown parser", error);
  }
  const kept = run.keep({
    path: file.path,
    ...outlines ? { pages: outlines } : {},
    findings: file.messages.filter(isFinding).map(toLintMessage)
  });
  const state = { ...kept, ...collected ? { collected } : {}, rules };
  const hash = run.cache?.hashes.get(absolutePath);
  if (hash && !state.findings.some((finding) => finding.ruleId === engineRuleIds.internal))
    await run.cache?.cache.store(
      absolutePath,
      hash,
      { ...kept, ...collected ? { collected } : {} },
      linked
    );
  return state;
}
async function collectForTrackRules(file, rules, page, tree, keep) {
  let collected;
  for (const rule of trackRules) {
    if (!rule.collect || severityOf(rules[rule.meta.id]) === 0) continue;
    try {
      const kept = keep(await rule.collect(page, tree, String(file.value)));
      if (kept !== void 0) (collected ??= /* @__PURE__ */ new Map()).set(rule.meta.id, kept);
    } catch (error) {
      internalError(file, `the ${rule.meta.id} rule`, error);
    }
  }
  return collected;
}
function unreadable(path, problem, ruleId) {
  return { path, rules: {}, findings: [engineFinding(ruleId, problem)] };
}
function warnWhenNoLevel(states) {
  if (states.some((state) => state.pages?.some((page) => page.kind === "level"))) return;
  const read = states.filter((state) => state.pages);
  const first = read.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)[0];
  if (!first) return;
  first.findings.push({
    ...engineFinding(
      engineRuleIds.noLevels,
      `ladder-lint found no level in the ${read.length === 1 ? "file" : `${read.length} files`} it checked, so no level was checked against its template or the levels around it. Run "ladder-lint init" to describe how this ladder is laid out.`
    ),
    severity: 1
  });
}
async function finishRun(states, config, whole = false) {
  await runTrackRules(states, config);
  if (whole) warnWhenNoLevel(states);
  return {
    results: states.map(toResult).sort((a, b) => a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0),
    pages: states.flatMap((state) => state.pages ?? []),
    config
  };
}
async function lintPath({ path, bytes, root }, run) {
  const { cwd } = run;
  const displayPath = toPosix(relative2(cwd, path));
  const hit = run.cache?.hits.get(path);
  if (hit) return { ...hit, rules: settingsFor(path, cwd, run.config).rules };
  const fixed = run.texts?.get(displayPath);
  const read = fixed === void 0 ? await readText(bytes ?? path, root) : { ok: true, text: fixed, bom: startsWithByteOrderMark(path) };
  if (!read.ok) return unreadable(displayPath, read.problem, engineRuleIds.unreadable);
  if (read.text.trim() === "") {
    const problem = "This page is empty. Write the page, or delete the file if it is not needed.";
    return unreadable(displayPath, problem, engineRuleIds.empty);
  }
  const file = new VFile({ path: displayPath, value: read.text, cwd });
  if (read.bom) file.data.byteOrderMark = true;
  return lintOne(file, path, run);
}
var pagesInFlight = 64;
async function inFlight(items, check) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await check(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(pagesInFlight, items.length) }, lane));
  return results;
}
function prepareRules(config, start) {
  const folder = /\.(md|markdown)$/i.test(start) ? dirname2(start) : start;
  const settings = [config.rules, ...config.overrides.map((override) => override.rules ?? {})];
  for (const rule of [...pageRules, ...trackRules]) {
    if (rule.prepare && settings.some((rules) => severityOf(rules[rule.meta.id]) > 0))
      rule.prepare(config, folder);
  }
}
async function lintFiles(patterns, options = {}) {
  const cwd = resolve3(options.cwd ?? process.cwd());
  const config = options.config ?? await loadConfig({
    searchFrom: resolve3(cwd, patterns[0] ?? "."),
    knownRules: ruleMetas,
    ...options.configFile ? { configFile: resolve3(cwd, options.configFile) } : {}
  });
  const start = resolve3(cwd, patterns[0] ?? ".");
  const useCache = (options.cache ?? config.cache === true) && !options.fix;
  if (!useCache) prepareRules(config, start);
  const { files, problems } = await discoverFiles(patterns, cwd, config);
  const cached = useCache ? await lookUpCache(files, cwd, config, options) : void 0;
  if (cached && cached.hits.size < cached.hashes.size) prepareRules(config, start);
  options.onFilesFound?.(files.length);
  const states = problems.map(
    ({ pattern, problem, kind }) => kind === "missing" ? unreadable(toPosix(pattern), `${problem} Check the path you gave ladder-lint.`, engineRuleIds.missing) : unreadable(toPosix(relative2(cwd, pattern)), problem, engineRuleIds.unreadable)
  );
  const roots = [...new Set(files.map((file) => file.root))];
  const lintAll = async (texts) => {
    const fixedPages = new Map([...texts].map(([path, text]) => [resolve3(cwd, path), text]));
    const linked = linkedPages(fixedPages, roots);
    const run = {
      cwd,
      config,
      linked,
      keep: keepCopier(),
      texts,
      ...cached ? { cache: cached } : {}
    };
    const linted = await inFlight(files, (file) => lintPath(file, run));
    return finishRun(structuredClone(states).concat(linted), config, true);
  };
  const first = await lintAll(/* @__PURE__ */ new Map());
  await cached?.cache.save(options.onWarning ?? warnOnStderr);
  return options.fix ? fixPasses(first, lintAll, (filePath) => readForFix(resolve3(cwd, filePath))) : first;
}
var warnOnStderr = (text) => void process.stderr.write(text);
async function lookUpCache(files, cwd, config, options) {
  const cache = await openLintCache(
    resolve3(cwd, options.cacheLocation ?? defaultCacheLocation),
    config,
    cwd,
    options.onWarning ?? warnOnStderr
  );
  const hashes = /* @__PURE__ */ new Map();
  const hits = /* @__PURE__ */ new Map();
  await inFlight(files, async ({ path, bytes, root }) => {
    const read = await readText(bytes ?? path, root);
    if (!read.ok || read.text.trim() === "") return;
    const hash = contentHash(read.text, read.bom === true);
    hashes.set(path, hash);
    const hit = await cache.lookup(path, hash);
    if (hit) hits.set(path, hit);
  });
  return { cache, hits, hashes };
}
async function lintTexts(pages, options) {
  const cwd = resolve3(options.cwd ?? process.cwd());
  prepareRules(options.config, cwd);
  const lintAll = async (texts) => {
    const current = pages.map(({ path, text }) => ({ path, text: pageText(texts.get(path) ?? text) }));
    const linked = linkedPages(new Map(current.map(({ path, text }) => [resolve3(cwd, path), text])), [
      lintRootFor(cwd)
    ]);
    const run = { cwd, config: options.config, linked, keep: keepCopier() };
    const states = await inFlight(
      current,
      ({ path, text }) => lintOne(new VFile({ path, value: text, cwd }), resolve3(cwd, path), run)
    );
    return finishRun(states, options.config);
  };
  const first = await lintAll(/* @__PURE__ */ new Map());
  if (!options.fix) return first;
  const given = new Map(pages.map(({ path, text }) => [new VFile({ path, cwd }).path, { path, text }]));
  return fixPasses(
    first,
    (texts) => lintAll(new Map([...texts].map(([filePath, text]) => [given.get(filePath)?.path ?? filePath, text]))),
    async (filePath) => {
      const page = given.get(filePath);
      return page && { text: page.text, bom: false };
    }
  );
}

export {
  boundHeapForLargeRuns,
  maximumFixPasses,
  outputFixes,
  allRules,
  pageRules,
  trackRules,
  ruleNames,
  ruleMetas,
  ruleCatalog,
  engineRuleDescriptions,
  discoverFiles,
  settingsFor,
  processorFor,
  lintFiles,
  lintTexts
};
