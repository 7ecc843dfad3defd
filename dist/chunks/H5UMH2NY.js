#!/usr/bin/env node
import {
  engineFinding,
  engineRuleIds
} from "./SQ4IMF4M.js";
import {
  discoverFiles
} from "./NMCSVTAH.js";
import {
  contentHash,
  defaultCacheLocation,
  openLintCache,
  runHash
} from "./COKCPPUW.js";
import {
  decodeText,
  encodeText,
  lintRootFor,
  loadConfig,
  mergeLayout,
  pageText,
  readText,
  ruleMetaList,
  startsWithByteOrderMark,
  unparseableReason
} from "./4CY6Z5UJ.js";

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

// src/engine/lint.ts
import { relative, resolve as resolve2, sep } from "node:path";
import picomatch from "picomatch";
import { VFile } from "vfile";
var checkPage;
var pageChecking = () => checkPage ??= import("./PKLK3ADY.js");
var fatalRuleIds = /* @__PURE__ */ new Set([
  engineRuleIds.unreadable,
  engineRuleIds.missing,
  engineRuleIds.internal
]);
function toPosix(path) {
  return path.split(sep).join("/");
}
var overrideMatchers = /* @__PURE__ */ new Map();
function overrideMatcher(files) {
  const key = files.join("\0");
  let matcher = overrideMatchers.get(key);
  if (!matcher) {
    matcher = picomatch(files, { dot: true });
    overrideMatchers.set(key, matcher);
  }
  return matcher;
}
var rulesByOverrides = /* @__PURE__ */ new WeakMap();
function settingsFor(absolutePath, cwd, config) {
  const matched = [];
  config.overrides.forEach((override, index) => {
    const root = override.base || cwd;
    const relativePath = toPosix(relative(root, absolutePath));
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
function once(make) {
  let made;
  return () => made ??= make();
}
async function checkText(file, absolutePath, run) {
  const unfit = unparseableReason(String(file.value));
  if (unfit) return unreadable(file.path, unfit, engineRuleIds.unreadable);
  const settings = settingsFor(absolutePath, run.cwd, run.config);
  const [{ lintOne }, pageRun] = await Promise.all([pageChecking(), run.pageRun()]);
  return lintOne(file, absolutePath, settings, pageRun);
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
async function finishRun(states, config, whole = false, cached) {
  const unchanged = cached && cached.hits.size === cached.hashes.size;
  const found = unchanged ? cached.cache.lookupRun(cached.runKey, states.length) : void 0;
  if (found) {
    states.forEach((state, index) => {
      for (const finding of found[index] ?? []) state.findings.push(finding);
    });
  } else {
    const before = states.map((state) => state.findings.length);
    await (await pageChecking()).runTrackRules(states, config);
    if (whole) warnWhenNoLevel(states);
    cached?.cache.storeRun(
      cached.runKey,
      states.map((state, index) => state.findings.slice(before[index]))
    );
  }
  return {
    results: states.map(toResult).sort((a, b) => a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0),
    pages: states.flatMap((state) => state.pages ?? []),
    config
  };
}
async function lintPath({ path, bytes, root }, run) {
  const { cwd } = run;
  const displayPath = toPosix(relative(cwd, path));
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
  return checkText(file, path, run);
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
async function lintFiles(patterns, options = {}) {
  const cwd = resolve2(options.cwd ?? process.cwd());
  const config = options.config ?? await loadConfig({
    searchFrom: resolve2(cwd, patterns[0] ?? "."),
    // The metas as data: loading the configuration loads no rule (see rule-metas.ts).
    knownRules: ruleMetaList,
    ...options.configFile ? { configFile: resolve2(cwd, options.configFile) } : {}
  });
  const start = resolve2(cwd, patterns[0] ?? ".");
  const useCache = (options.cache ?? config.cache === true) && !options.fix;
  if (!useCache) (await pageChecking()).prepareRules(config, start);
  const { files, problems } = await discoverFiles(patterns, cwd, config);
  const cached = useCache ? await lookUpCache(files, problems, cwd, config, options) : void 0;
  if (cached && cached.hits.size < cached.hashes.size) (await pageChecking()).prepareRules(config, start);
  options.onFilesFound?.(files.length);
  const states = problems.map(
    ({ pattern, problem, kind }) => kind === "missing" ? unreadable(toPosix(pattern), `${problem} Check the path you gave ladder-lint.`, engineRuleIds.missing) : unreadable(toPosix(relative(cwd, pattern)), problem, engineRuleIds.unreadable)
  );
  const roots = [...new Set(files.map((file) => file.root))];
  const lintAll = async (texts) => {
    const fixedPages = new Map([...texts].map(([path, text]) => [resolve2(cwd, path), text]));
    const run = {
      cwd,
      config,
      texts,
      ...cached ? { cache: cached } : {},
      pageRun: once(async () => (await pageChecking()).pageRun(config, fixedPages, roots, cached))
    };
    const linted = await inFlight(files, (file) => lintPath(file, run));
    return finishRun(structuredClone(states).concat(linted), config, true, cached);
  };
  const first = await lintAll(/* @__PURE__ */ new Map());
  await cached?.cache.save(options.onWarning ?? warnOnStderr);
  return options.fix ? fixPasses(first, lintAll, (filePath) => readForFix(resolve2(cwd, filePath))) : first;
}
var warnOnStderr = (text) => void process.stderr.write(text);
async function lookUpCache(files, problems, cwd, config, options) {
  const cache = await openLintCache(
    resolve2(cwd, options.cacheLocation ?? defaultCacheLocation),
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
  const runKey = runHash([
    problems.map(({ pattern, problem, kind }) => [pattern, problem, kind]),
    files.map(({ path }) => [path, hashes.get(path) ?? null])
  ]);
  return { cache, hits, hashes, runKey };
}
async function lintTexts(pages, options) {
  const cwd = resolve2(options.cwd ?? process.cwd());
  const { pageRun, prepareRules } = await pageChecking();
  prepareRules(options.config, cwd);
  const lintAll = async (texts) => {
    const current = pages.map(({ path, text }) => ({ path, text: pageText(texts.get(path) ?? text) }));
    const inMemory = new Map(current.map(({ path, text }) => [resolve2(cwd, path), text]));
    const checking = pageRun(options.config, inMemory, [lintRootFor(cwd)]);
    const run = { cwd, config: options.config, pageRun: async () => checking };
    const states = await inFlight(
      current,
      ({ path, text }) => checkText(new VFile({ path, value: text, cwd }), resolve2(cwd, path), run)
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
  maximumFixPasses,
  outputFixes,
  settingsFor,
  lintFiles,
  lintTexts
};
