/**
 * Checking pages: parsing each one, running the page rules on it and what the cross-page rules
 * collect of it, then the cross-page rules over the whole run. lint.ts imports this module (and
 * with it the Markdown parser, the rules and the dictionaries' clients) only when some page must
 * be checked, or the cross-page rules must run again: a run over an unchanged ladder with the
 * cache loads none of it (see __tests__/speed.test.ts).
 */
import { dirname } from 'node:path';
import type { Root } from 'mdast';
import { type Processor, unified } from 'unified';
import type { VFile } from 'vfile';
import { type Options as MessageOptions, VFileMessage } from 'vfile-message';
import type { ResolvedConfig, RuleSetting } from '../config/types.ts';
import { engineFinding, engineRuleIds, type LintMessage } from '../findings/types.ts';
import { type LadderPage, outlineOf, type PageOutline } from '../model/ladder-page.ts';
import { parseMarkdown } from '../model/parse.ts';
import { readLadderFile } from '../model/read-ladder.ts';
import { makeContext } from '../rule-api/context.ts';
import type { TrackRule } from '../rule-api/define-rule.ts';
import type { FindingExtras } from '../rule-api/helpers.ts';
import { pageRules, trackRules } from '../rule-api/registry.ts';
import type { FileState, settingsFor } from './lint.ts';
import { type LinkedPages, linkedPages } from './linked-pages.ts';
import { keepCopier, type LintCache, linkedFiles } from './speed/index.ts';

/** What checking the pages of one run shares. */
export interface PageRun {
  config: ResolvedConfig;
  linked: LinkedPages;
  keep: ReturnType<typeof keepCopier>;
  /** With the cache on: each readable page's content hash, and where to keep this turn's findings. */
  cache?: { cache: LintCache; hashes: ReadonlyMap<string, string> };
}

/**
 * A run's page checking: `texts` are the pages' texts by absolute path where they are not the
 * files' (fixed in memory, or given as text), `roots` the run's lint roots (see linkedPages).
 */
export function pageRun(
  config: ResolvedConfig,
  texts: ReadonlyMap<string, string>,
  roots: readonly string[],
  cache?: PageRun['cache'],
): PageRun {
  return { config, linked: linkedPages(texts, roots), keep: keepCopier(), ...(cache ? { cache } : {}) };
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

/** Cross-page rules see every page of a track together, or every page of the run. */
export async function runTrackRules(states: FileState[], config: ResolvedConfig): Promise<void> {
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

/**
 * Parses a page once, builds its model and context, and runs the page rules on it; `settings`
 * are settingsFor the page (lint.ts), which has also set aside a page too large to parse.
 */
export async function lintOne(
  file: VFile,
  absolutePath: string,
  { rules, template, ladder }: ReturnType<typeof settingsFor>,
  run: PageRun,
): Promise<FileState> {
  const { config } = run;
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
  keep: PageRun['keep'],
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

/** Lets each rule that is on for some page start its slow work (see PageRule.prepare). */
export function prepareRules(config: ResolvedConfig, start: string): void {
  const folder = /\.(md|markdown)$/i.test(start) ? dirname(start) : start;
  const settings = [config.rules, ...config.overrides.map((override) => override.rules ?? {})];
  for (const rule of [...pageRules, ...trackRules]) {
    if (rule.prepare && settings.some((rules) => severityOf(rules[rule.meta.id]) > 0))
      rule.prepare(config, folder);
  }
}
