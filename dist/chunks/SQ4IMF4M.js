#!/usr/bin/env node

// src/findings/types.ts
var engineRuleIds = {
  unreadable: "file-unreadable",
  missing: "path-not-found",
  empty: "empty-page",
  internal: "internal-error",
  noLevels: "no-levels-found"
};
function engineFinding(ruleId, message) {
  return { ruleId, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
var engineRuleDescriptions = {
  [engineRuleIds.unreadable]: "A file that should be a page could not be read as Markdown text.",
  [engineRuleIds.missing]: "A path or pattern given to ladder-lint matched nothing.",
  [engineRuleIds.empty]: "A page has no content.",
  [engineRuleIds.internal]: "ladder-lint itself failed while checking a file.",
  [engineRuleIds.noLevels]: "No level of a career ladder was found in the files checked."
};

export {
  engineRuleIds,
  engineFinding,
  engineRuleDescriptions
};
