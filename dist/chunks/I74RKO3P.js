#!/usr/bin/env node
import {
  askSpellingThread
} from "./COKCPPUW.js";

// src/text/spelling-service.ts
import { join } from "node:path";
var ask = (question) => askSpellingThread(question);
function misspellingsOf(pagePath, spelling, prose, limit) {
  return ask({ kind: "misspellings", pagePath, spelling, prose, limit });
}
function englishVariantsOf(words) {
  return ask({ kind: "variants", words });
}
function prepareSpelling(folder, spelling) {
  ask({ kind: "prepare", pagePath: join(folder, "page.md"), spelling }).catch(() => void 0);
}
function prepareEnglishVariants() {
  englishVariantsOf([]).catch(() => void 0);
}

export {
  misspellingsOf,
  englishVariantsOf,
  prepareSpelling,
  prepareEnglishVariants
};
