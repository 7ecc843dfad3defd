/**
 * ladder-grammar: "a" or "an" that does not fit the sound of the next word ("a improvement plan",
 * "a Octopus Deploy", "an user"), and closed compounds written as two words ("team mates").
 * `--fix` closes the compounds up, and changes the article where retext-indefinite-article itself
 * judged the word and the word is one an article can stand before.
 * Docs and examples: docs/rules/ladder-grammar.md.
 */
import { ParseEnglish } from 'parse-english';
import retextIndefiniteArticle from 'retext-indefinite-article';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { attachFix, type Fix, fixOf } from '../src/findings/fix.ts';
import { proseMask } from '../src/text/prose.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

/**
 * Words English writes closed up, which ladders often split in two: only those whose two-word form
 * dictionaries do not list ("code base" and "road map" they do, so those are left alone).
 */
export const closedCompounds: Readonly<Record<string, string>> = {
  'team mate': 'teammate',
  'team mates': 'teammates',
  'stake holder': 'stakeholder',
  'stake holders': 'stakeholders',
  'work flow': 'workflow',
  'work flows': 'workflows',
  'check list': 'checklist',
  'check lists': 'checklists',
  'play book': 'playbook',
  'play books': 'playbooks',
  'data base': 'database',
  'data bases': 'databases',
  'hand book': 'handbook',
  'white board': 'whiteboard',
  'white boarding': 'whiteboarding',
  'on boarding': 'onboarding',
};

const compoundPattern = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${Object.keys(closedCompounds)
    .map((pair) => pair.replace(' ', '[ \\t]*\\n?[ \\t]*'))
    .join('|')})(?![\\p{L}\\p{N}'’-])`,
  'giu',
);

/** "a" or "an", then the next word: the library judges the pair. */
const articleAndWord = /(?<![\p{L}\p{N}'’-])(an?)(\s+["'“‘(]?)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/giu;
/**
 * Pairs that may be wrong: "a" before a vowel, "h" or a digit, "an" before anything but "a" or
 * "i". A number the library would read aloud must be one JavaScript can hold: it throws on more
 * digits than that ("a 1111…", 300 ones), and no one writes such a number in prose.
 */
const mayMismatch = (article: string, word: string) =>
  !/^\d{16,}/.test(word) && (article.length === 1 ? /^[aeiouh\d]/i.test(word) : !/^[ai]/i.test(word));
/** A capital "A" is an article only at the start of a sentence ("Plan A is", not). */
function startsSentence(prose: string, offset: number): boolean {
  let before = offset - 1;
  while (before >= 0 && (prose[before] === ' ' || prose[before] === '\t')) before--;
  return before < 0 || '.!?:\n\0'.includes(prose[before] ?? '');
}

const parser = new ParseEnglish();
const checkArticles = retextIndefiniteArticle();

/**
 * Words no article stands before: after one, the article is a slip to delete ("read as a either a
 * narrative or a reference"), not one to swap, so `--fix` leaves those findings to a person.
 */
const neverAfterAnArticle = new Set(
  (
    'a an the this that these those my your his her its our their me him us them it i we you he she they ' +
    'each either every all any another other others both neither some such own only also even ever ' +
    'about above across after again against along among around at by for from in into of off on onto ' +
    'out over per through to under until unless up upon with within without ' +
    'and or nor but if as than so yet is are am was were be been has have had do does did not no'
  ).split(' '),
);

/**
 * What retext-indefinite-article says the article before `word` should be, or undefined when it
 * is right or the library cannot tell. A capitalised name starting with A, E, I or O ("Octopus"),
 * which the library leaves alone, is judged as the same word in lower case. `certain` when the
 * library judged the word as written and an article can stand before it: then `--fix` swaps it.
 */
function articleFor(article: string, word: string): { expected: string; certain: boolean } | undefined {
  const judge = (text: string) => {
    const scratch = new VFile({ value: `${article} ${text}` });
    checkArticles(parser.parse(String(scratch.value)), scratch);
    return scratch.messages[0]?.expected?.[0];
  };
  const verdict = judge(word);
  if (verdict) return { expected: verdict, certain: !neverAfterAnArticle.has(word.toLowerCase()) };
  if (!/^[AEIO]\p{Ll}/u.test(word)) return undefined;
  return judge(word.toLowerCase()) === 'an'
    ? { expected: withCaseOf(article, 'an'), certain: false }
    : undefined;
}

const withCaseOf = (model: string, text: string) =>
  /^\p{Lu}/u.test(model) ? text.charAt(0).toUpperCase() + text.slice(1) : text;

const ladderGrammar = definePageRule(
  {
    id: 'ladder-grammar',
    description: '"a" and "an" fit the next word\'s sound, and closed compounds ("teammates") are one word.',
    defaultSeverity: 'error',
    scope: 'page',
    fixable: true,
  },
  (tree, file) => {
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place = location(file);
    const found: Array<{ start: number; end: number; reason: string; expected: string; fix?: Fix }> = [];

    for (const match of prose.matchAll(articleAndWord)) {
      const [written, article = '', gap = '', word = ''] = match;
      if (!mayMismatch(article, word)) continue;
      if (article === 'A' && !startsSentence(prose, match.index)) continue;
      const verdict = articleFor(article, word);
      if (!verdict || source.slice(match.index, match.index + written.length) !== written) continue;
      const { expected, certain } = verdict;
      const fix = certain
        ? fixOf(source, [match.index, match.index + article.length], expected, article)
        : undefined;
      found.push({
        start: match.index,
        end: match.index + written.length,
        reason: `Write "${expected} ${word}", not "${article} ${word}": "${word}" starts with ${expected.toLowerCase() === 'an' ? 'a vowel' : 'a consonant'} sound.`,
        expected: `${expected}${gap}${word}`,
        ...(fix ? { fix } : {}),
      });
    }

    // Closed compounds, read from the prose so that code and addresses are left alone.
    for (const match of prose.matchAll(compoundPattern)) {
      const written = match[0];
      const closed = closedCompounds[written.toLowerCase().replace(/\s+/g, ' ')];
      // Markup between the two words (`team **mates**`) is not this rule's business.
      if (!closed || source.slice(match.index, match.index + written.length) !== written) continue;
      const expected = withCaseOf(written, closed);
      const fix = fixOf(source, [match.index, match.index + written.length], expected, written);
      found.push({
        start: match.index,
        end: match.index + written.length,
        reason: `"${written.replace(/\s+/g, ' ')}" is one word: write "${expected}".`,
        expected,
        ...(fix ? { fix } : {}),
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
  },
);

export default ladderGrammar;
