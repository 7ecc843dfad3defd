#!/usr/bin/env node
import {
  safePattern
} from "./J5HZSZD5.js";

// src/model/template-match.ts
function sameWords(a, b) {
  return comparable(a) === comparable(b);
}
var lowered = /* @__PURE__ */ new Map();
function comparable(name) {
  let found = lowered.get(name);
  if (found === void 0) {
    if (lowered.size >= 1e4) lowered.clear();
    found = name.trim().toLocaleLowerCase("en");
    lowered.set(name, found);
  }
  return found;
}
function sectionMatches(spec, section) {
  if (sameWords(spec.name, section.name)) return true;
  if (spec.aliases?.some((alias) => sameWords(alias, section.name))) return true;
  return spec.pattern !== void 0 && safePattern(spec.pattern, { ignoreCase: true }).test(section.name);
}
function templateFit(template, page) {
  const required = template.sections.filter((spec) => spec.required !== false);
  if (required.length === 0) return 0;
  const found = required.filter((spec) => page.sections.some((section) => sectionMatches(spec, section)));
  return found.length / required.length;
}
var minimumFit = 0.5;
function bestTemplate(templates, page) {
  let best;
  for (const [name, template] of Object.entries(templates)) {
    const fit = templateFit(template, page);
    if (fit >= minimumFit && (!best || fit > best.fit)) best = { name, fit };
  }
  return best?.name;
}

export {
  sameWords,
  sectionMatches,
  bestTemplate
};
