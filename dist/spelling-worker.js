// src/text/spelling-worker.ts
import { parentPort, threadId } from "node:worker_threads";

// src/text/english-variants.ts
import {
  combineTextAndLanguageSettings,
  getDefaultSettings,
  getDictionary,
  mergeSettings
} from "cspell-lib";

// src/text/common-misspellings.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var files = ["dict-en.json", "dict-en-us.json", "dict-en-gb.json"];
var loaded;
function commonMisspellings() {
  loaded ??= load();
  return loaded;
}
function withoutCommonMisspellings(misspellings) {
  if (!misspellings) return {};
  return {
    dictionaries: misspellings.dictionaryNames.map((name) => `!${name}`),
    flagWords: misspellings.flagWords
  };
}
async function load() {
  try {
    const manifest = createRequire(import.meta.url).resolve("@cspell/dict-en-common-misspellings");
    const definitions = (await Promise.all(
      files.map(async (name) => {
        const text = await readFile(join(dirname(manifest), "dict", name), "utf8");
        return JSON.parse(text).dictionaryDefinitions ?? [];
      })
    )).flat();
    const dictionaryNames = [];
    const flagWords = [];
    const byWord = /* @__PURE__ */ new Map();
    for (const definition of definitions) {
      if (!definition.name) continue;
      dictionaryNames.push(definition.name);
      flagWords.push(...definition.flagWords ?? []);
      for (const entry of [...definition.flagWords ?? [], ...definition.suggestWords ?? []]) {
        const arrow = entry.indexOf("->");
        if (arrow > 0 && !byWord.has(entry.slice(0, arrow)))
          byWord.set(entry.slice(0, arrow), entry.slice(arrow + 2));
      }
    }
    if (byWord.size === 0) return void 0;
    return {
      dictionaryNames,
      flagWords,
      corrections(word) {
        const found = byWord.get(word) ?? byWord.get(word.toLowerCase());
        return found?.split(",").map((correction) => correction.trim()).filter(Boolean);
      }
    };
  } catch {
    return void 0;
  }
}

// src/text/english-variants.ts
var britishPatterns = [
  [/^(.{2,})is(e|es|ed|ing|ation|ations|ational|ationally|er|ers|able)$/, "$1iz$2"],
  [/^(.+)ys(e|es|ed|ing|er|ers)$/, "$1yz$2"],
  [/^(.+)our(s|ed|ing|ite|ites|able|ably|ful|fully|less|er|ers|al|ally|ism|ist)?$/, "$1or$2"],
  [/^(.+[aeiou])ll(ed|ing|er|ers)$/, "$1l$2"],
  [/^(.+)ence(s)?$/, "$1ense$2"],
  [/^(.+)tre(s|d)?$/, "$1ter$2"],
  [/^(.+)ogue(s)?$/, "$1og$2"]
];
var britishWords = {
  grey: "gray",
  enrol: "enroll",
  enrolment: "enrollment",
  fulfil: "fulfill",
  fulfilment: "fulfillment",
  skilful: "skillful",
  wilful: "willful",
  ageing: "aging",
  manoeuvre: "maneuver",
  jewellery: "jewelry"
};
var americanPatterns = [
  [/^(.{2,})iz(e|es|ed|ing|ation|ations|ational|ationally|er|ers|able)$/, "$1is$2"],
  [/^(.+)yz(e|es|ed|ing|er|ers)$/, "$1ys$2"],
  [/^(.+)or(s|ed|ing|ite|ites|able|ably|ful|fully|less|er|ers|al|ally|ism|ist)?$/, "$1our$2"],
  [/^(.+[aeiou])l(ed|ing|er|ers)$/, "$1ll$2"],
  [/^(.+)ense(s)?$/, "$1ence$2"],
  [/^(.+)ter(s|ed)?$/, "$1tre$2"],
  [/^(.+)og(s)?$/, "$1ogue$2"]
];
var sharedForms = /* @__PURE__ */ new Set(["license", "licensed", "licenses", "licensing", "practice", "practices"]);
var americanWords = Object.fromEntries(
  Object.entries(britishWords).map(([british, american]) => [american, british])
);
async function variantsOf(words) {
  const { classify, otherForm } = await englishVariants();
  return words.map((word) => {
    const spelling = classify(word);
    const other = spelling && otherForm(word);
    return spelling && other ? { ...spelling, otherForm: other } : null;
  });
}
var loaded2;
function englishVariants() {
  loaded2 ??= load2();
  return loaded2;
}
async function dictionaryFor(language) {
  const settings = combineTextAndLanguageSettings(
    // The same dictionaries as the spell checker's, so that cspell-lib loads them once for both.
    mergeSettings(await getDefaultSettings(), {
      language,
      ...withoutCommonMisspellings(await commonMisspellings())
    }),
    "",
    ["plaintext"]
  );
  return getDictionary(settings);
}
async function load2() {
  const [american, british] = await Promise.all([dictionaryFor("en"), dictionaryFor("en-GB")]);
  const isPair = (britishForm, americanForm) => britishForm !== americanForm && !american.has(britishForm, { ignoreCase: false }) && british.has(britishForm, { ignoreCase: false }) && american.has(americanForm, { ignoreCase: false });
  const candidates = (word, patterns, words) => [
    ...words[word] ? [words[word]] : [],
    ...patterns.filter(([pattern]) => pattern.test(word)).map(([pattern, replacement]) => word.replace(pattern, replacement))
  ];
  const cache = /* @__PURE__ */ new Map();
  const classify = (word) => {
    const known = cache.get(word);
    if (known !== void 0) return known ?? void 0;
    let found;
    for (const americanForm of candidates(word, britishPatterns, britishWords))
      if (isPair(word, americanForm)) found = { variant: "en-GB", key: americanForm };
    if (!found && !sharedForms.has(word)) {
      for (const britishForm of candidates(word, americanPatterns, americanWords))
        if (isPair(britishForm, word)) found = { variant: "en-US", key: word };
    }
    cache.set(word, found ?? null);
    return found;
  };
  const otherForm = (word) => {
    const spelling = classify(word);
    if (!spelling) return void 0;
    return spelling.variant === "en-US" ? candidates(word, americanPatterns, americanWords).find((britishForm) => isPair(britishForm, word)) : spelling.key;
  };
  return { classify, otherForm };
}

// src/text/spelling.ts
import { dirname as dirname2 } from "node:path";
import {
  CompoundWordsMethod,
  createTextDocument,
  DocumentValidator,
  getDictionary as getDictionary2,
  mergeSettings as mergeSettings2,
  searchForConfig
} from "cspell-lib";

// src/text/ladder-words.ts
var ladderWords = [
  "frontlines",
  "multiteam",
  "rockstar",
  "rockstars",
  "upskill",
  "upskilled",
  "upskilling",
  "dogfooding"
];

// src/text/spelling-languages.ts
function cspellLanguage(language) {
  if (/^en[-_]gb$/i.test(language)) return "en-GB,en";
  if (/^en(?:[-_]us)?$/i.test(language)) return "en,en-GB";
  return void 0;
}

// src/text/match-case.ts
function withCapitalsOf(word, replacement) {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase())
    return replacement.toUpperCase();
  const first = word[0] ?? "";
  if (first !== first.toLowerCase() && replacement === replacement.toLowerCase())
    return (replacement[0] ?? "").toUpperCase() + replacement.slice(1);
  return replacement;
}

// src/text/spelling.ts
var noTimeLimit = Number.POSITIVE_INFINITY;
var farthestSuggestion = 200;
var checkers = /* @__PURE__ */ new Map();
var repositorySettings = /* @__PURE__ */ new Map();
function cspellSettingsFor(folder) {
  let found = repositorySettings.get(folder);
  if (!found) {
    found = searchForConfig(`${folder}/`).catch(() => void 0);
    repositorySettings.set(folder, found);
  }
  return found;
}
async function spellCheckerFor(pagePath, spelling) {
  const repository = await cspellSettingsFor(dirname2(pagePath));
  const forRepository = checkers.get(repository) ?? /* @__PURE__ */ new Map();
  checkers.set(repository, forRepository);
  const key = JSON.stringify(spelling);
  let checker = forRepository.get(key);
  if (!checker) {
    checker = createChecker(spelling, repository);
    forRepository.set(key, checker);
  }
  return checker;
}
async function createChecker(spelling, repository) {
  const misspellings = await commonMisspellings();
  const ours = {
    language: cspellLanguage(spelling.language) ?? spelling.language,
    words: [...ladderWords, ...repository?.words ?? [], ...spelling.words],
    ignoreWords: [...repository?.ignoreWords ?? [], ...spelling.ignoreWords],
    ...withoutCommonMisspellings(misspellings)
  };
  const settings = repository ? mergeSettings2(repository, ours) : ours;
  const document = createTextDocument({
    uri: "file:///ladder-lint/prose.txt",
    content: "",
    languageId: "plaintext"
  });
  const validator = new DocumentValidator(
    document,
    // Suggestions are asked for per word, not per page: a typo on 50 pages costs one search.
    { generateSuggestions: false, noConfigSearch: true },
    settings
  );
  await validator.prepare();
  const dictionary = await getDictionary2(validator.getFinalizedDocSettings());
  if (!dictionary.has("the"))
    throw new Error(
      `the spelling dictionaries for "${spelling.language}" could not be loaded, so spelling was not checked`
    );
  const ignored = new Set(ours.ignoreWords?.map((word) => word.toLowerCase()));
  let turn = Promise.resolve();
  const knows = (word) => ignored.has(word.toLowerCase()) || dictionary.has(word, { ignoreCase: true });
  const suggestions = /* @__PURE__ */ new Map();
  return {
    knows,
    suggest(word) {
      let found = suggestions.get(word);
      if (!found) {
        const common = misspellings?.corrections(word) ?? [];
        const searched = common.length > 0 ? [] : dictionary.suggest(word, {
          numSuggestions: 3,
          ignoreCase: true,
          timeout: noTimeLimit,
          // Splitting into two words ("nude standing" for "undestanding") doubled the
          // search time and offered nonsense more often than help.
          compoundMethod: CompoundWordsMethod.NONE,
          // Guesses past farthestSuggestion are dropped anyway; a search bounded near it
          // finds the same ones without exploring the five edits cspell allows by default.
          numChanges: 3
        }).filter((suggestion) => suggestion.cost <= farthestSuggestion).map((suggestion) => suggestion.word);
        const byLowerCase = /* @__PURE__ */ new Map();
        for (const suggestion of [...common, ...searched].map((candidate) => withCapitalsOf(word, candidate)))
          if (!byLowerCase.has(suggestion.toLowerCase()))
            byLowerCase.set(suggestion.toLowerCase(), suggestion);
        found = [...byLowerCase.values()].slice(0, 3);
        suggestions.set(word, found);
      }
      return found;
    },
    check(text) {
      const result = turn.then(async () => {
        await validator.updateDocumentText(text);
        return validator.checkDocument().map((issue) => ({ offset: issue.offset, word: issue.text }));
      });
      turn = result.catch(() => void 0);
      return result;
    }
  };
}

// src/text/misspellings.ts
var wordCharacter = /[\p{L}\p{M}'’-]/u;
function hyphenatedWordAt(text, offset, length) {
  let start = offset;
  let end = offset + length;
  while (start > 0 && wordCharacter.test(text[start - 1] ?? "")) start--;
  while (end < text.length && wordCharacter.test(text[end] ?? "")) end++;
  return trimWordPunctuation(text.slice(start, end));
}
var longestWord = 45;
function withoutLongTokens(text) {
  let result = "";
  let runStart = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !/\s/.test(text[index] ?? "")) continue;
    const run = text.slice(runStart, index);
    result += run.length > longestWord ? " ".repeat(run.length) : run;
    if (index < text.length) result += text[index];
    runStart = index + 1;
  }
  return result;
}
var wordPunctuation = /* @__PURE__ */ new Set(["'", "\u2019", "-"]);
function trimWordPunctuation(word) {
  let start = 0;
  let end = word.length;
  while (start < end && wordPunctuation.has(word[start] ?? "")) start++;
  while (end > start && wordPunctuation.has(word[end - 1] ?? "")) end--;
  return word.slice(start, end);
}
var suggestedWordsPerPage = 10;
async function findMisspellings(pagePath, spelling, prose, limit) {
  const checker = await spellCheckerFor(pagePath, spelling);
  const candidates = (await checker.check(withoutLongTokens(prose))).filter(
    // Acronyms (SIEM, SIRP) are names of things, as Word and most checkers assume by default.
    (misspelling) => misspelling.word !== misspelling.word.toUpperCase()
  );
  const misspellings = [];
  const searched = /* @__PURE__ */ new Set();
  for (const { offset, word } of candidates) {
    if (misspellings.length === limit)
      return { misspellings, more: { count: candidates.length - limit, offset } };
    const compound = hyphenatedWordAt(prose, offset, word.length);
    const knownCompound = (candidate) => checker.knows(candidate) || checker.knows(candidate.replaceAll("-", ""));
    if (compound.includes("-") && knownCompound(compound)) continue;
    if (searched.size < suggestedWordsPerPage) searched.add(word);
    const suggestions = searched.has(word) ? checker.suggest(word).slice() : [];
    if (compound.includes("-")) {
      const makesWord = (suggestion) => knownCompound(compound.replace(word, suggestion));
      suggestions.sort((a, b) => Number(makesWord(b)) - Number(makesWord(a)));
    }
    misspellings.push({ offset, word, suggestions });
  }
  return { misspellings };
}

// src/text/spelling-worker.ts
async function answer(request) {
  if (request.kind === "misspellings")
    return findMisspellings(request.pagePath, request.spelling, request.prose, request.limit);
  if (request.kind === "thread") return threadId;
  if (request.kind === "prepare") return spellCheckerFor(request.pagePath, request.spelling).then(() => true);
  return variantsOf(request.words);
}
function cpu() {
  const used = process.threadCpuUsage?.();
  return used && used.user + used.system;
}
parentPort?.on("message", (request) => {
  answer(request).then(
    (value) => parentPort?.postMessage({ id: request.id, cpu: cpu(), ok: true, value }),
    (error) => parentPort?.postMessage({
      id: request.id,
      cpu: cpu(),
      ok: false,
      message: error?.message ?? String(error)
    })
  );
});
