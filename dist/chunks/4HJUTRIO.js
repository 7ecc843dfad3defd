#!/usr/bin/env node
import {
  proseMask
} from "./WGF2JROM.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-grammar.ts
import { ParseEnglish } from "parse-english";
import retextIndefiniteArticle from "retext-indefinite-article";
import { VFile } from "vfile";
import { location } from "vfile-location";
var closedCompounds = {
  "team mate": "teammate",
  "team mates": "teammates",
  "stake holder": "stakeholder",
  "stake holders": "stakeholders",
  "work flow": "workflow",
  "work flows": "workflows",
  "check list": "checklist",
  "check lists": "checklists",
  "play book": "playbook",
  "play books": "playbooks",
  "data base": "database",
  "data bases": "databases",
  "hand book": "handbook",
  "white board": "whiteboard",
  "white boarding": "whiteboarding",
  "on boarding": "onboarding"
};
var compoundPattern = new RegExp(
  `(?<![\\p{L}\\p{N}'\u2019-])(${Object.keys(closedCompounds).map((pair) => pair.replace(" ", "[ \\t]*\\n?[ \\t]*")).join("|")})(?![\\p{L}\\p{N}'\u2019-])`,
  "giu"
);
var articleAndWord = /(?<![\p{L}\p{N}'’-])(an?)(\s+["'“‘(]?)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/giu;
var mayMismatch = (article, word) => article.length === 1 ? /^[aeiouh\d]/i.test(word) : !/^[ai]/i.test(word);
function startsSentence(prose, offset) {
  let before = offset - 1;
  while (before >= 0 && (prose[before] === " " || prose[before] === "	")) before--;
  return before < 0 || ".!?:\n\0".includes(prose[before] ?? "");
}
var parser = new ParseEnglish();
var checkArticles = retextIndefiniteArticle();
function articleFor(article, word) {
  const judge = (text) => {
    const scratch = new VFile({ value: `${article} ${text}` });
    checkArticles(parser.parse(String(scratch.value)), scratch);
    return scratch.messages[0]?.expected?.[0];
  };
  const verdict = judge(word);
  if (verdict || !new RegExp("^[AEIO]\\p{Ll}", "u").test(word)) return verdict;
  return judge(word.toLowerCase()) === "an" ? withCaseOf(article, "an") : void 0;
}
var withCaseOf = (model, text) => new RegExp("^\\p{Lu}", "u").test(model) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
var ladderGrammar = definePageRule(
  {
    id: "ladder-grammar",
    description: `"a" and "an" fit the next word's sound, and closed compounds ("teammates") are one word.`,
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place = location(file);
    const found = [];
    for (const match of prose.matchAll(articleAndWord)) {
      const [written, article = "", gap = "", word = ""] = match;
      if (!mayMismatch(article, word)) continue;
      if (article === "A" && !startsSentence(prose, match.index)) continue;
      const expected = articleFor(article, word);
      if (!expected || source.slice(match.index, match.index + written.length) !== written) continue;
      found.push({
        start: match.index,
        end: match.index + written.length,
        reason: `Write "${expected} ${word}", not "${article} ${word}": "${word}" starts with ${expected.toLowerCase() === "an" ? "a vowel" : "a consonant"} sound.`,
        expected: `${expected}${gap}${word}`
      });
    }
    for (const match of prose.matchAll(compoundPattern)) {
      const written = match[0];
      const closed = closedCompounds[written.toLowerCase().replace(/\s+/g, " ")];
      if (!closed || source.slice(match.index, match.index + written.length) !== written) continue;
      const expected = withCaseOf(written, closed);
      found.push({
        start: match.index,
        end: match.index + written.length,
        reason: `"${written.replace(/\s+/g, " ")}" is one word: write "${expected}".`,
        expected
      });
    }
    found.sort((a, b) => a.start - b.start);
    for (const finding of found) {
      const start = place.toPoint(finding.start);
      const end = place.toPoint(finding.end);
      if (!start || !end) continue;
      const message = file.message(finding.reason, { place: { start, end } });
      message.actual = source.slice(finding.start, finding.end);
      message.expected = [finding.expected];
    }
  }
);
var ladder_grammar_default = ladderGrammar;

export {
  closedCompounds,
  ladder_grammar_default
};
