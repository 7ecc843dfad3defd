#!/usr/bin/env node

// src/rule-api/define-rule.ts
import { lintRule } from "unified-lint-rule";
var docsBase = "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/";
function ruleUrls(id) {
  return { origin: `ladder-lint:${id}`, url: `${docsBase}${id}.md` };
}
function definePageRule(meta, check, extras = {}) {
  const urls = ruleUrls(meta.id);
  const plugin = lintRule(urls, check);
  return Object.assign(plugin, {
    meta: { ...meta, ...urls },
    ...extras
  });
}
function defineTrackRule(meta, rule) {
  return { ...rule, meta: { ...meta, ...ruleUrls(meta.id) } };
}
function isPageRule(rule) {
  return rule.meta.scope === "page";
}

export {
  definePageRule,
  defineTrackRule,
  isPageRule
};
