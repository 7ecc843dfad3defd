#!/usr/bin/env node
import {
  pageRules,
  trackRules
} from "./53V6GGLM.js";
import {
  engineFinding,
  engineRuleIds
} from "./SQ4IMF4M.js";
import {
  keepCopier,
  linkedFiles
} from "./COKCPPUW.js";
import {
  linkedPages,
  makeContext
} from "./GGEGQVZU.js";
import {
  readLadderFile
} from "./D5SU6RVC.js";
import {
  parseMarkdown
} from "./RD777UAU.js";

// src/engine/check-page.ts
import { dirname } from "node:path";
import { unified } from "unified";
import { VFileMessage } from "vfile-message";

// src/model/ladder-page.ts
function outlineOf(page) {
  return {
    ...page,
    sections: page.sections.map(({ bullets: _bullets, examples: _examples, ...section }) => section)
  };
}

// src/engine/check-page.ts
function pageRun(config, texts, roots, cache) {
  return { config, linked: linkedPages(texts, roots), keep: keepCopier(), ...cache ? { cache } : {} };
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
async function lintOne(file, absolutePath, { rules, template, ladder }, run) {
  const { config } = run;
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
function prepareRules(config, start) {
  const folder = /\.(md|markdown)$/i.test(start) ? dirname(start) : start;
  const settings = [config.rules, ...config.overrides.map((override) => override.rules ?? {})];
  for (const rule of [...pageRules, ...trackRules]) {
    if (rule.prepare && settings.some((rules) => severityOf(rules[rule.meta.id]) > 0))
      rule.prepare(config, folder);
  }
}

export {
  pageRun,
  processorFor,
  runTrackRules,
  lintOne,
  prepareRules
};
