import { dirname, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import picomatch from 'picomatch';
import { type Processor, unified } from 'unified';
import { VFile } from 'vfile';
import { type Options as MessageOptions, VFileMessage } from 'vfile-message';
import { loadConfig } from '../config/load-config.ts';
import { mergeLayout } from '../config/load-config.ts';
import type { LayoutSpec, ResolvedConfig, RuleSetting } from '../config/types.ts';
import { type LadderPage, outlineOf, type PageOutline } from '../model/ladder-page.ts';
import { parseMarkdown } from '../model/parse.ts';
import { readLadderFile } from '../model/read-ladder.ts';
import { makeContext } from '../rule-api/context.ts';
import type { TrackRule } from '../rule-api/define-rule.ts';
import type { FindingExtras } from '../rule-api/helpers.ts';
import { pageRules, ruleMetas, trackRules } from '../rule-api/registry.ts';
import { engineRuleIds, type LintMessage, type LintResult, type LintRun } from '../findings/types.ts';
import { type DiscoveredFile, discoverFiles } from './discover.ts';
import { fixPasses, readForFix } from './fix-passes.ts';
import { type LinkedPages, linkedPages } from './linked-pages.ts';
import {
  type CachedPage,
  contentHash,
  defaultCacheLocation,
  keepCopier,
  type LintCache,
  linkedFiles,
  openLintCache,
} from './speed/index.ts';
import { lintRootFor, pageText, readText, startsWithByteOrderMark, unparseableReason } from './read-text.ts';

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
interface FileState {
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

const processors = new WeakMap<Record<string, RuleSetting>, Processor>();

/** One unified processor per rules object (see settingsFor), reused across files. */
export function processorFor(rules: Record<string, RuleSetting>): Processor {
  let processor = processors.get(rules);
  if (!processor) {
    processor = unified();
    for (const rule of pageRules) {
      const setting = rules[rule.meta.id];
      // unified-lint-rule reads a bare string as options, so the severity always goes in a tuple.
      const severity = severityOf(setting);
      if (severity > 0) processor.use(rule, [severity, optionsOf(setting)] as never);
    }
    processors.set(rules, processor);
  }
  return processor;
}

function severityOf(setting: RuleSetting | undefined): 0 | 1 | 2 {
  const label = Array.isArray(setting) ? setting[0] : setting;
  return label === 'error' ? 2 : label === 'warn' ? 1 : 0;
}

function optionsOf(setting: RuleSetting | undefined): Record<string, unknown> | undefined {
  return Array.isArray(setting) ? setting[1] : undefined;
}

async function runPageRules(file: VFile, rules: Record<string, RuleSetting>, tree: Root): Promise<void> {
  const firstNew = file.messages.length;
  try {
    await processorFor(rules).run(tree, file);
  } catch (error) {
    internalError(file, 'a page rule', error);
  }
  for (const message of file.messages.slice(firstNew)) {
    if (isCrash(message)) asInternalError(message);
  }
}

/**
 * unified-lint-rule turns an exception in a rule into an ordinary message of that rule, with the
 * exception as its cause; our rules never give page messages a cause, so that marks a crash.
 */
function isCrash(message: VFileMessage): boolean {
  return message.cause instanceof Error && !(message.cause instanceof VFileMessage);
}

function asInternalError(message: VFileMessage): void {
  const error = message.cause as Error;
  message.reason = crashReason(message.ruleId ? `the ${message.ruleId} rule` : 'a page rule', error);
  message.message = message.reason;
  message.ruleId = engineRuleIds.internal;
  message.fatal = true;
  message.place = { line: 1, column: 1 };
}

function crashReason(where: string, error: unknown): string {
  return `ladder-lint failed inside ${where} on this file and could not finish that check: ${(error as Error)?.message ?? String(error)}. The other checks still ran. Please report this to ladder-lint with the file attached.`;
}

function internalError(file: VFile, where: string, error: unknown): void {
  const message = file.message(crashReason(where, error), {
    ruleId: engineRuleIds.internal,
    source: 'ladder-lint',
    place: { line: 1, column: 1 },
  });
  message.fatal = true;
}

/** A finding on a page's first line, from the engine rather than a rule. */
function engineFinding(ruleId: string, message: string): LintMessage {
  return { ruleId, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** Cross-page rules see every page of a track together, or every page of the run. */
async function runTrackRules(states: FileState[], config: ResolvedConfig): Promise<void> {
  const tracks = new Map<string, Member[]>();
  const everyPage: Member[] = [];
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
    const groups = rule.meta.scope === 'ladder' ? [everyPage] : tracks.values();
    for (const members of groups) {
      if (members.some(({ state }) => severityOf(state.rules[rule.meta.id]) > 0))
        await runTrackRule(rule, members, config);
    }
  }
}

/** A level (or other page) and the file it is in. */
interface Member {
  page: PageOutline;
  state: FileState;
}

async function runTrackRule(rule: TrackRule, members: Member[], config: ResolvedConfig): Promise<void> {
  const byPage = new Map(members.map(({ page, state }) => [page, state] as const));
  // What a rule collected is the file's, so only the file's first page hands it on.
  const collectedBy = (page: PageOutline) => {
    const state = byPage.get(page);
    return state?.pages?.[0] === page ? state.collected?.get(rule.meta.id) : undefined;
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
        const messageOptions: MessageOptions = { ruleId: rule.meta.id, source: 'ladder-lint' };
        if (place) messageOptions.place = place;
        if (cause) messageOptions.cause = cause;
        const message: VFileMessage & FindingExtras = new VFileMessage(reason, messageOptions);
        message.fatal = severity === 2;
        if (expected) message.expected = expected;
        if (fix) message.fix = fix;
        if (suggestions?.length) message.suggestions = suggestions;
        if (key !== undefined) message.actual = key;
        Object.assign(message, {
          ...(warning ? { warning } : {}),
          ...(data ? { data } : {}),
        } satisfies FindingExtras);
        // A copy: the reason as built is a chain of joined pieces, several times its own size.
        state.findings.push(structuredClone(toLintMessage(message)));
      },
    });
  } catch (error) {
    const reason = crashReason(`the ${rule.meta.id} rule`, error);
    for (const state of new Set(members.map((member) => member.state)))
      state.findings.push(engineFinding(engineRuleIds.internal, reason));
  }
}

function toLintMessage(message: VFileMessage & FindingExtras): LintMessage {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  const lintMessage: LintMessage = {
    ruleId: message.ruleId ?? engineRuleIds.internal,
    // A rule may say that one finding is only a warning (see FindingExtras), never that it is an error.
    severity: message.fatal === false || message.warning === true ? 1 : 2,
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
  };
  if (message.expected && message.expected.length > 0) lintMessage.expected = [...message.expected];
  if (message.fix) lintMessage.fix = { range: [...message.fix.range], text: message.fix.text };
  if (message.suggestions?.length)
    lintMessage.suggestions = message.suggestions.map(({ desc, fix }) =>
      fix ? { desc, fix: { range: [...fix.range], text: fix.text } } : { desc },
    );
  if (message.data) lintMessage.data = message.data;
  if (typeof message.actual === 'string') lintMessage.key = message.actual;
  const cause = message.cause;
  if (cause instanceof VFileMessage && cause.file) {
    const causePlace = cause.place && 'start' in cause.place ? cause.place.start : cause.place;
    lintMessage.related = {
      filePath: cause.file,
      line: causePlace?.line ?? 1,
      column: causePlace?.column ?? 1,
      message: cause.reason,
    };
  }
  return lintMessage;
}

const isFinding = (message: VFileMessage) => message.fatal !== undefined && message.fatal !== null;

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
  linked: LinkedPages;
  keep: ReturnType<typeof keepCopier>;
  /** Pages' texts after the fixes of earlier passes, by display path; read from disk otherwise. */
  texts?: ReadonlyMap<string, string>;
  /** With the cache on: what each page's turn left last time, by absolute path, and where to keep this turn's. */
  cache?: { cache: LintCache; hits: ReadonlyMap<string, CachedPage>; hashes: ReadonlyMap<string, string> };
}

/** Parses a page once, builds its model and context, and runs the page rules on it. */
async function lintOne(file: VFile, absolutePath: string, run: RunContext): Promise<FileState> {
  const { cwd, config } = run;
  const unfit = unparseableReason(String(file.value));
  if (unfit) return unreadable(file.path, unfit, engineRuleIds.unreadable);
  const { rules, template, ladder } = settingsFor(absolutePath, cwd, config);
  let outlines: PageOutline[] | undefined;
  let collected: Map<string, unknown> | undefined;
  let linked: string[] | undefined;
  try {
    const tree = parseMarkdown(file);
    linked = run.cache && linkedFiles(tree, absolutePath);
    const pages = readLadderFile(tree, file, file.path, config, ladder);
    outlines = pages.map(outlineOf);
    file.data.ladder = makeContext(pages, config, run.linked, template, ladder);
    await runPageRules(file, rules, tree);
    collected = await collectForTrackRules(file, rules, pages[0] as LadderPage, tree, run.keep);
  } catch (error) {
    internalError(file, 'the Markdown parser', error);
  }
  // Only copies outlive the page's turn (see keepCopier), and not the VFile, text or tree;
  // what the cross-page rules collected was copied as it was collected.
  const kept = run.keep({
    path: file.path,
    ...(outlines ? { pages: outlines } : {}),
    findings: file.messages.filter(isFinding).map(toLintMessage),
  });
  const state = { ...kept, ...(collected ? { collected } : {}), rules };
  const hash = run.cache?.hashes.get(absolutePath);
  // A page whose rules crashed is checked again next time rather than kept.
  if (hash && !state.findings.some((finding) => finding.ruleId === engineRuleIds.internal))
    await run.cache?.cache.store(
      absolutePath,
      hash,
      { ...kept, ...(collected ? { collected } : {}) },
      linked,
    );
  return state;
}

/** Each cross-page rule's `collect` on the page, copied (see keepCopier) so that it can be kept. */
async function collectForTrackRules(
  file: VFile,
  rules: Record<string, RuleSetting>,
  page: LadderPage,
  tree: Root,
  keep: RunContext['keep'],
): Promise<Map<string, unknown> | undefined> {
  let collected: Map<string, unknown> | undefined;
  for (const rule of trackRules) {
    if (!rule.collect || severityOf(rules[rule.meta.id]) === 0) continue;
    try {
      // A value that cannot be copied (a function, say) fails here, as this rule's error.
      const kept = keep(await rule.collect(page, tree, String(file.value)));
      if (kept !== undefined) (collected ??= new Map()).set(rule.meta.id, kept);
    } catch (error) {
      internalError(file, `the ${rule.meta.id} rule`, error);
    }
  }
  return collected;
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

/** After every page rule: the rules that compare pages, then the results in the reporters' shape. */
async function finishRun(states: FileState[], config: ResolvedConfig, whole = false): Promise<LintRun> {
  await runTrackRules(states, config);
  if (whole) warnWhenNoLevel(states);
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
  return lintOne(file, path, run);
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

/** Lets each rule that is on for some page start its slow work (see PageRule.prepare). */
function prepareRules(config: ResolvedConfig, start: string): void {
  const folder = /\.(md|markdown)$/i.test(start) ? dirname(start) : start;
  const settings = [config.rules, ...config.overrides.map((override) => override.rules ?? {})];
  for (const rule of [...pageRules, ...trackRules]) {
    if (rule.prepare && settings.some((rules) => severityOf(rules[rule.meta.id]) > 0))
      rule.prepare(config, folder);
  }
}

/** Lints files and folders as the CLI and the Action do. */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintRun> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config =
    options.config ??
    (await loadConfig({
      searchFrom: resolve(cwd, patterns[0] ?? '.'),
      knownRules: ruleMetas,
      ...(options.configFile ? { configFile: resolve(cwd, options.configFile) } : {}),
    }));
  const start = resolve(cwd, patterns[0] ?? '.');
  const useCache = (options.cache ?? config.cache === true) && !options.fix;
  // With the cache, the slow preparations (the dictionaries) wait until a page is known to need them.
  if (!useCache) prepareRules(config, start);
  const { files, problems } = await discoverFiles(patterns, cwd, config);
  const cached = useCache ? await lookUpCache(files, cwd, config, options) : undefined;
  if (cached && cached.hits.size < cached.hashes.size) prepareRules(config, start);
  options.onFilesFound?.(files.length);
  const states: FileState[] = problems.map(({ pattern, problem, kind }) =>
    kind === 'missing'
      ? unreadable(toPosix(pattern), `${problem} Check the path you gave ladder-lint.`, engineRuleIds.missing)
      : unreadable(toPosix(relative(cwd, pattern)), problem, engineRuleIds.unreadable),
  );
  const roots = [...new Set(files.map((file) => file.root))];
  const lintAll = async (texts: ReadonlyMap<string, string>) => {
    const fixedPages = new Map([...texts].map(([path, text]) => [resolve(cwd, path), text]));
    const linked = linkedPages(fixedPages, roots);
    const run: RunContext = {
      cwd,
      config,
      linked,
      keep: keepCopier(),
      texts,
      ...(cached ? { cache: cached } : {}),
    };
    // Not push(...): a spread of tens of thousands of pages can overflow the call stack.
    const linted = await inFlight(files, (file) => lintPath(file, run));
    // Fresh copies: a run adds findings to its states.
    return finishRun(structuredClone(states).concat(linted), config, true);
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
  cwd: string,
  config: ResolvedConfig,
  options: LintOptions,
): Promise<NonNullable<RunContext['cache']>> {
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
  return { cache, hits, hashes };
}

/** Lints pages given as text, keyed by path: for editors, tests and the rule docs. */
export async function lintTexts(
  pages: ReadonlyArray<{ path: string; text: string }>,
  options: LintOptions & { config: ResolvedConfig },
): Promise<LintRun> {
  const cwd = resolve(options.cwd ?? process.cwd());
  prepareRules(options.config, cwd);
  const lintAll = async (texts: ReadonlyMap<string, string>) => {
    const current = pages.map(({ path, text }) => ({ path, text: pageText(texts.get(path) ?? text) }));
    const linked = linkedPages(new Map(current.map(({ path, text }) => [resolve(cwd, path), text])), [
      lintRootFor(cwd),
    ]);
    const run: RunContext = { cwd, config: options.config, linked, keep: keepCopier() };
    const states = await inFlight(current, ({ path, text }) =>
      lintOne(new VFile({ path, value: text, cwd }), resolve(cwd, path), run),
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
