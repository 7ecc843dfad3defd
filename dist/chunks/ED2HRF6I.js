#!/usr/bin/env node
import {
  attachFix,
  fixOf
} from "./A7GFOY4H.js";
import {
  proseMask
} from "./PCFQXBNT.js";
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
var mayMismatch = (article, word) => !/^\d{16,}/.test(word) && (article.length === 1 ? /^[aeiouh\d]/i.test(word) : !/^[ai]/i.test(word));
function startsSentence(prose, offset) {
  let before = offset - 1;
  while (before >= 0 && (prose[before] === " " || prose[before] === "	")) before--;
  return before < 0 || ".!?:\n\0".includes(prose[before] ?? "");
}
var parser = new ParseEnglish();
var checkArticles = retextIndefiniteArticle();
var neverAfterAnArticle = new Set(
  "a an the this that these those my your his her its our their me him us them it i we you he she they each either every all any another other others both neither some such own only also even ever about above across after again against along among around at by for from in into of off on onto out over per through to under until unless up upon with within without and or nor but if as than so yet is are am was were be been has have had do does did not no".split(" ")
);
function articleFor(article, word) {
  const judge = (text) => {
    const scratch = new VFile({ value: `${article} ${text}` });
    checkArticles(parser.parse(String(scratch.value)), scratch);
    return scratch.messages[0]?.expected?.[0];
  };
  const verdict = judge(word);
  if (verdict) return { expected: verdict, certain: !neverAfterAnArticle.has(word.toLowerCase()) };
  if (!new RegExp("^[AEIO]\\p{Ll}", "u").test(word)) return void 0;
  return judge(word.toLowerCase()) === "an" ? { expected: withCaseOf(article, "an"), certain: false } : void 0;
}
var withCaseOf = (model, text) => new RegExp("^\\p{Lu}", "u").test(model) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
var ladderGrammar = definePageRule(
  {
    id: "ladder-grammar",
    description: `"a" and "an" fit the next word's sound, and closed compounds ("teammates") are one word.`,
    defaultSeverity: "error",
    scope: "page",
    fixable: true
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
      const verdict = articleFor(article, word);
      if (!verdict || source.slice(match.index, match.index + written.length) !== written) continue;
      const { expected, certain } = verdict;
      const fix = certain ? fixOf(source, [match.index, match.index + article.length], expected, article) : void 0;
      found.push({
        start: match.index,
        end: match.index + written.length,
        reason: `Write "${expected} ${word}", not "${article} ${word}": "${word}" starts with ${expected.toLowerCase() === "an" ? "a vowel" : "a consonant"} sound.`,
        expected: `${expected}${gap}${word}`,
        ...fix ? { fix } : {}
      });
    }
    for (const match of prose.matchAll(compoundPattern)) {
      const written = match[0];
      const closed = closedCompounds[written.toLowerCase().replace(/\s+/g, " ")];
      if (!closed || source.slice(match.index, match.index + written.length) !== written) continue;
      const expected = withCaseOf(written, closed);
      const fix = fixOf(source, [match.index, match.index + written.length], expected, written);
      found.push({
        start: match.index,
        end: match.index + written.length,
        reason: `"${written.replace(/\s+/g, " ")}" is one word: write "${expected}".`,
        expected,
        ...fix ? { fix } : {}
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
      attachFix(message, finding.fix);
    }
  }
);
var ladder_grammar_default = ladderGrammar;

export {
  closedCompounds,
  ladder_grammar_default
};
