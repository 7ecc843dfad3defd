/**
 * The engine: a run's configuration, its files, the cache, and the results in the reporters'
 * shape. Checking pages (the Markdown parser, the rules, the spelling) is check-page.ts, imported
 * only when a page must be checked or the cross-page rules must run again: a run over an
 * unchanged ladder with the cache loads none of it, and takes a fraction of the time.
 */
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { VFile } from 'vfile';
import { loadConfig } from '../config/load-config.ts';
import { mergeLayout } from '../config/load-config.ts';
import type { LayoutSpec, ResolvedConfig, RuleSetting } from '../config/types.ts';
import type { PageOutline } from '../model/ladder-page.ts';
import { ruleMetaList } from '../rule-api/rule-metas.ts';
import {
  engineFinding,
  engineRuleIds,
  type LintMessage,
  type LintResult,
  type LintRun,
} from '../findings/types.ts';
import type { PageRun } from './check-page.ts';
import { type DiscoveredFile, discoverFiles } from './discover.ts';
import { fixPasses, readForFix } from './fix-passes.ts';
import {
  type CachedPage,
  contentHash,
  defaultCacheLocation,
  type LintCache,
  openLintCache,
  runHash,
} from './speed/index.ts';
import { lintRootFor, pageText, readText, startsWithByteOrderMark, unparseableReason } from './read-text.ts';

/** The page-checking code, loaded once, the first time a run needs it. */
let checkPage: Promise<typeof import('./check-page.ts')> | undefined;
const pageChecking = () => (checkPage ??= import('./check-page.ts'));

export interface LintOptions {
  cwd?: string;
  /** An explicit configuration file; otherwise one is looked for upward from the first path. */
  configFile?: string;
  /** A configuration already loaded (the library API and tests). */
  config?: ResolvedConfig;
  /** Called once the files to check are known, before any is read: see boundHeapForLargeRuns. */
  onFilesFound?: (count: number) => void;
  /**
   * Apply every safe fix in memory, checking the pages again after each pass (at most 10), as
   * ESLint's `fix`: the results are what remains, and each fixed file's text is its `output`.
   * Nothing is written; `outputFixes` writes the fixed files.
   */
  fix?: boolean;
  /**
   * Keep each page's own findings between runs (see src/engine/speed/cache.ts), as ESLint's and
   * cspell's `cache`: an unchanged page is not read as Markdown again. Also `cache: true` in the
   * configuration. The findings are the same with and without it.
   */
  cache?: boolean;
  /** The cache file; `.ladder-lint-cache` in the working directory unless given. */
  cacheLocation?: string;
  /** Where a warning that does not stop the run goes (a damaged cache file); stderr unless given. */
  onWarning?: (text: string) => void;
}

/** Findings that mean a file could not be checked at all: ESLint's fatal errors. */
const fatalRuleIds: ReadonlySet<string> = new Set([
  engineRuleIds.unreadable,
  engineRuleIds.missing,
  engineRuleIds.internal,
]);

/** A page after its own turn: what the cross-page rules and the results still need of it. */
export interface FileState {
  /** Relative to the working directory, with forward slashes. */
  path: string;
  /** The levels the file holds, or the one other page it is; none when it could not be parsed. */
  pages?: PageOutline[];
  /** Shared by every page the same overrides apply to, not copied per page. */
  rules: Record<string, RuleSetting>;
  /** What each cross-page rule's `collect` kept of the page; absent when none kept anything. */
  collected?: Map<string, unknown>;
  findings: LintMessage[];
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

const overrideMatchers = new Map<string, (path: string) => boolean>();

/** Compiled once per glob list, not once per file. */
function overrideMatcher(files: string[]): (path: string) => boolean {
  const key = files.join('\0');
  let matcher = overrideMatchers.get(key);
  if (!matcher) {
    matcher = picomatch(files, { dot: true });
    overrideMatchers.set(key, matcher);
  }
  return matcher;
}

const rulesByOverrides = new WeakMap<ResolvedConfig, Map<string, Record<string, RuleSetting>>>();

/**
 * The rules and template that apply to one file: the base settings, then each matching override.
 * Pages that the same overrides match share one rules object: a copy per page was a tenth of the
 * memory a ladder of 55,000 pages kept.
 */
export function settingsFor(absolutePath: string, cwd: string, config: ResolvedConfig) {
  const matched: number[] = [];
  config.overrides.forEach((override, index) => {
    const root = override.base || cwd;
    const relativePath = toPosix(relative(root, absolutePath));
    const candidates = override.base
      ? [relativePath]
      : [relativePath, toPosix(absolutePath).replace(/^\//, '')];
    const matches = overrideMatcher(override.files);
    if (candidates.some((candidate) => !candidate.startsWith('..') && matches(candidate)))
      matched.push(index);
  });
  const overrides = matched.map((index) => config.overrides[index] as (typeof config.overrides)[number]);
  const template = overrides.findLast((override) => override.template)?.template;
  const ladder = overrides.reduce<LayoutSpec>(
    (layout, override) => (override.ladder ? layoutOver(layout, override.ladder) : layout),
    config.ladder,
  );
  const byOverrides = rulesByOverrides.get(config) ?? new Map<string, Record<string, RuleSetting>>();
  rulesByOverrides.set(config, byOverrides);
  const key = matched.join(',');
  let rules = byOverrides.get(key);
  if (!rules) {
    rules = Object.assign({}, config.rules, ...overrides.map((override) => override.rules ?? {})) as Record<
      string,
      RuleSetting
    >;
    byOverrides.set(key, rules);
  }
  return { rules, template, ladder };
}

const layoutsOver = new WeakMap<LayoutSpec, WeakMap<object, LayoutSpec>>();

/** An override's layout over the configuration's, made once per pair rather than once per page. */
function layoutOver(base: LayoutSpec, over: Partial<LayoutSpec>): LayoutSpec {
  const byOver = layoutsOver.get(base) ?? new WeakMap<object, LayoutSpec>();
  layoutsOver.set(base, byOver);
  let layout = byOver.get(over);
  if (!layout) {
    layout = mergeLayout(base, over);
    byOver.set(over, layout);
  }
  return layout;
}

function toResult(state: FileState): LintResult {
  const messages = state.findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
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
    fixableWarningCount: warnings.filter((message) => message.fix).length,
  };
}

/** What every page of one run shares. */
interface RunContext {
  cwd: string;
  config: ResolvedConfig;
  /** Pages' texts after the fixes of earlier passes, by display path; read from disk otherwise. */
  texts?: ReadonlyMap<string, string>;
  /** With the cache on: what each page's turn left last time, by absolute path, and where to keep this turn's. */
  cache?: RunCache;
  /** What checking a page needs (see check-page.ts), made when the run's first page needs checking. */
  pageRun: () => Promise<PageRun>;
}

/** The cache as one run uses it: see lookUpCache. */
interface RunCache {
  cache: LintCache;
  hits: ReadonlyMap<string, CachedPage>;
  hashes: ReadonlyMap<string, string>;
  /** Names the run's files and their contents: what the cross-page rules' findings depend on. */
  runKey: string;
}

/** `make`'s result, made at the first call only. */
function once<Value>(make: () => Promise<Value>): () => Promise<Value> {
  let made: Promise<Value> | undefined;
  return () => (made ??= make());
}

/** A page given as text, checked unless it is too large to parse. */
async function checkText(file: VFile, absolutePath: string, run: RunContext): Promise<FileState> {
  const unfit = unparseableReason(String(file.value));
  if (unfit) return unreadable(file.path, unfit, engineRuleIds.unreadable);
  const settings = settingsFor(absolutePath, run.cwd, run.config);
  const [{ lintOne }, pageRun] = await Promise.all([pageChecking(), run.pageRun()]);
  return lintOne(file, absolutePath, settings, pageRun);
}

function unreadable(path: string, problem: string, ruleId: string): FileState {
  return { path, rules: {}, findings: [engineFinding(ruleId, problem)] };
}

/**
 * A run that read no level checked no template, field or progression: it must not pass as a clean
 * ladder, so it says so once, on the first file, and points at `ladder-lint init`.
 */
function warnWhenNoLevel(states: FileState[]): void {
  if (states.some((state) => state.pages?.some((page) => page.kind === 'level'))) return;
  // Files that could not be read at all have their own finding; the rest were read and held no level.
  const read = states.filter((state) => state.pages);
  const first = read.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0];
  if (!first) return;
  first.findings.push({
    ...engineFinding(
      engineRuleIds.noLevels,
      `ladder-lint found no level in the ${read.length === 1 ? 'file' : `${read.length} files`} it checked, so no level was checked against its template or the levels around it. Run "ladder-lint init" to describe how this ladder is laid out.`,
    ),
    severity: 1,
  });
}

/**
 * After every page rule: the rules that compare pages, then the results in the reporters' shape.
 * With the cache, when every page is as it was in the last run, what those rules found then is
 * added again, as they would find the same; otherwise they run, and what they find is kept.
 */
async function finishRun(
  states: FileState[],
  config: ResolvedConfig,
  whole = false,
  cached?: RunCache,
): Promise<LintRun> {
  const unchanged = cached && cached.hits.size === cached.hashes.size;
  const found = unchanged ? cached.cache.lookupRun(cached.runKey, states.length) : undefined;
  if (found) {
    states.forEach((state, index) => {
      for (const finding of found[index] ?? []) state.findings.push(finding as LintMessage);
    });
  } else {
    const before = states.map((state) => state.findings.length);
    await (await pageChecking()).runTrackRules(states, config);
    if (whole) warnWhenNoLevel(states);
    cached?.cache.storeRun(
      cached.runKey,
      states.map((state, index) => state.findings.slice(before[index])),
    );
  }
  return {
    results: states
      .map(toResult)
      .sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0)),
    pages: states.flatMap((state) => state.pages ?? []),
    config,
  };
}

async function lintPath({ path, bytes, root }: DiscoveredFile, run: RunContext): Promise<FileState> {
  const { cwd } = run;
  const displayPath = toPosix(relative(cwd, path));
  const hit = run.cache?.hits.get(path);
  if (hit) return { ...(hit as FileState), rules: settingsFor(path, cwd, run.config).rules };
  const fixed = run.texts?.get(displayPath);
  const read =
    fixed === undefined
      ? await readText(bytes ?? path, root)
      : { ok: true as const, text: fixed, bom: startsWithByteOrderMark(path) };
  if (!read.ok) return unreadable(displayPath, read.problem, engineRuleIds.unreadable);
  if (read.text.trim() === '') {
    const problem = 'This page is empty. Write the page, or delete the file if it is not needed.';
    return unreadable(displayPath, problem, engineRuleIds.empty);
  }
  const file = new VFile({ path: displayPath, value: read.text, cwd });
  if (read.bom) file.data.byteOrderMark = true;
  return checkText(file, path, run);
}

/**
 * Pages are checked this many at a time. A page waiting for the spelling worker lets the next
 * ones be parsed meanwhile, so both cores stay busy; the bound keeps memory to a few dozen trees.
 */
const pagesInFlight = 64;

/** `check` over every item, at most `pagesInFlight` at once, with the results in the items' order. */
async function inFlight<Item, Result>(
  items: readonly Item[],
  check: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await check(items[index] as Item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(pagesInFlight, items.length) }, lane));
  return results;
}

/** Lints files and folders as the CLI and the Action do. */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintRun> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config =
    options.config ??
    (await loadConfig({
      searchFrom: resolve(cwd, patterns[0] ?? '.'),
      // The metas as data: loading the configuration loads no rule (see rule-metas.ts).
      knownRules: ruleMetaList,
      ...(options.configFile ? { configFile: resolve(cwd, options.configFile) } : {}),
    }));
  const start = resolve(cwd, patterns[0] ?? '.');
  const useCache = (options.cache ?? config.cache === true) && !options.fix;
  // With the cache, the slow preparations (the dictionaries) wait until a page is known to need them.
  if (!useCache) (await pageChecking()).prepareRules(config, start);
  const { files, problems } = await discoverFiles(patterns, cwd, config);
  const cached = useCache ? await lookUpCache(files, problems, cwd, config, options) : undefined;
  if (cached && cached.hits.size < cached.hashes.size) (await pageChecking()).prepareRules(config, start);
  options.onFilesFound?.(files.length);
  const states: FileState[] = problems.map(({ pattern, problem, kind }) =>
    kind === 'missing'
      ? unreadable(toPosix(pattern), `${problem} Check the path you gave ladder-lint.`, engineRuleIds.missing)
      : unreadable(toPosix(relative(cwd, pattern)), problem, engineRuleIds.unreadable),
  );
  const roots = [...new Set(files.map((file) => file.root))];
  const lintAll = async (texts: ReadonlyMap<string, string>) => {
    const fixedPages = new Map([...texts].map(([path, text]) => [resolve(cwd, path), text]));
    const run: RunContext = {
      cwd,
      config,
      texts,
      ...(cached ? { cache: cached } : {}),
      pageRun: once(async () => (await pageChecking()).pageRun(config, fixedPages, roots, cached)),
    };
    // Not push(...): a spread of tens of thousands of pages can overflow the call stack.
    const linted = await inFlight(files, (file) => lintPath(file, run));
    // Fresh copies: a run adds findings to its states.
    return finishRun(structuredClone(states).concat(linted), config, true, cached);
  };
  const first = await lintAll(new Map());
  await cached?.cache.save(options.onWarning ?? warnOnStderr);
  return options.fix ? fixPasses(first, lintAll, (filePath) => readForFix(resolve(cwd, filePath))) : first;
}

const warnOnStderr = (text: string) => void process.stderr.write(text);

/**
 * Before any page is parsed: each readable page's content hash, and what the cache kept of those
 * that have not changed. Pages that cannot be read or are empty are left to lintPath, as ever.
 */
async function lookUpCache(
  files: readonly DiscoveredFile[],
  problems: ReadonlyArray<{ pattern: string; problem: string; kind: string }>,
  cwd: string,
  config: ResolvedConfig,
  options: LintOptions,
): Promise<RunCache> {
  const cache = await openLintCache(
    resolve(cwd, options.cacheLocation ?? defaultCacheLocation),
    config,
    cwd,
    options.onWarning ?? warnOnStderr,
  );
  const hashes = new Map<string, string>();
  const hits = new Map<string, CachedPage>();
  await inFlight(files, async ({ path, bytes, root }) => {
    const read = await readText(bytes ?? path, root);
    if (!read.ok || read.text.trim() === '') return;
    const hash = contentHash(read.text, read.bom === true);
    hashes.set(path, hash);
    const hit = await cache.lookup(path, hash);
    if (hit) hits.set(path, hit);
  });
  // The run's states in order (see lintFiles): what each is, and for a page, its content.
  const runKey = runHash([
    problems.map(({ pattern, problem, kind }) => [pattern, problem, kind]),
    files.map(({ path }) => [path, hashes.get(path) ?? null]),
  ]);
  return { cache, hits, hashes, runKey };
}

/** Lints pages given as text, keyed by path: for editors, tests and the rule docs. */
export async function lintTexts(
  pages: ReadonlyArray<{ path: string; text: string }>,
  options: LintOptions & { config: ResolvedConfig },
): Promise<LintRun> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const { pageRun, prepareRules } = await pageChecking();
  prepareRules(options.config, cwd);
  const lintAll = async (texts: ReadonlyMap<string, string>) => {
    const current = pages.map(({ path, text }) => ({ path, text: pageText(texts.get(path) ?? text) }));
    const inMemory = new Map(current.map(({ path, text }) => [resolve(cwd, path), text]));
    const checking = pageRun(options.config, inMemory, [lintRootFor(cwd)]);
    const run: RunContext = { cwd, config: options.config, pageRun: async () => checking };
    const states = await inFlight(current, ({ path, text }) =>
      checkText(new VFile({ path, value: text, cwd }), resolve(cwd, path), run),
    );
    return finishRun(states, options.config);
  };
  const first = await lintAll(new Map());
  if (!options.fix) return first;
  // A result is named by its page's path as the VFile keeps it.
  const given = new Map(pages.map(({ path, text }) => [new VFile({ path, cwd }).path, { path, text }]));
  return fixPasses(
    first,
    (texts) =>
      lintAll(new Map([...texts].map(([filePath, text]) => [given.get(filePath)?.path ?? filePath, text]))),
    async (filePath) => {
      const page = given.get(filePath);
      return page && { text: page.text, bom: false };
    },
  );
}
