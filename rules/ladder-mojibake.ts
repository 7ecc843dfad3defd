/**
 * ladder-mojibake: no mis-decoded or invisible characters: UTF-8 read as Windows-1252, Latin-1 or
 * Mac OS Roman (`ü¶â` for `🦉`, `â€™` for `’`), U+FFFD replacement characters, a byte-order mark
 * or zero-width characters inside the page, non-breaking spaces in prose. Each finding carries
 * the repaired text, as a fix `--fix` applies. Docs and examples: docs/rules/ladder-mojibake.md.
 */
import { attachFix, fixOf } from '../src/findings/fix.ts';
import { positions } from '../src/text/positions.ts';
import { findMojibake, type LegacyEncoding } from '../src/text/mojibake.ts';
import { proseMask } from '../src/text/prose.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

const encodingNames: Record<LegacyEncoding, string> = {
  'windows-1252': 'Windows-1252',
  macintosh: 'Mac OS Roman',
  latin1: 'Latin-1',
};

const invisibleNames: Record<string, string> = {
  '\u200B': 'zero-width space (U+200B)',
  '\u200C': 'zero-width non-joiner (U+200C)',
  '\u200D': 'zero-width joiner (U+200D)',
  '\u2060': 'word joiner (U+2060)',
  '\uFEFF': 'byte-order mark (U+FEFF)',
  '\u00AD': 'soft hyphen (U+00AD)',
  '\uFE0F': 'emoji variation selector (U+FE0F), outside any emoji,',
};

// VS16 stands apart: in a character class it would read as modifying the character before it.
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]|\uFE0F/g;
/**
 * Every emoji sequence Unicode recommends (RGI): skin tones, ZWJ sequences (🕵🏽‍♂️ 🏳️‍🌈 👨‍👩‍👧),
 * keycaps (1️⃣), flags and tag sequences (🏴󠁧󠁢󠁳󠁣󠁴󠁿). The `v` flag's property of strings is the
 * standard's own list, kept current by the JavaScript engine, so no hand-written ranges.
 */
const emojiSequence = /\p{RGI_Emoji}/gv;
// Outside the RGI list, a joiner between two pictographs (a vendor's own sequence, perhaps after a
// skin tone or VS16) is still meant, and so is VS16 right after a pictograph.
const pictographic = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;

/** The character (code point) that ends just before `offset`. */
function characterBefore(source: string, offset: number): string {
  return Array.from(source.slice(Math.max(0, offset - 2), offset)).pop() ?? '';
}

/** Offsets (UTF-16) of the joiners and VS16s that are parts of emoji, so not invisible characters. */
function partsOfEmoji(source: string): Set<number> {
  const parts = new Set<number>();
  if (!/\u200D|\uFE0F/.test(source)) return parts;
  for (const match of source.matchAll(emojiSequence))
    for (let offset = match.index; offset < match.index + match[0].length; offset++) parts.add(offset);
  for (const match of source.matchAll(/\u200D|\uFE0F/g)) {
    if (parts.has(match.index)) continue;
    const before = characterBefore(source, match.index);
    const joined =
      match[0] === '\uFE0F'
        ? pictographic.test(before)
        : pictographic.test(before === '\uFE0F' ? characterBefore(source, match.index - 1) : before) &&
          pictographic.test(String.fromCodePoint(source.codePointAt(match.index + 1) ?? 0));
    if (joined) parts.add(match.index);
  }
  return parts;
}

const ladderMojibake = definePageRule(
  {
    id: 'ladder-mojibake',
    description: 'No mis-decoded or invisible characters in a page.',
    defaultSeverity: 'error',
    scope: 'page',
    fixable: true,
  },
  (tree, file) => {
    const source = String(file.value);
    const place = positions(file);
    const report = (offset: number, length: number, reason: string, fix?: string, actual?: string) => {
      const start = place.toPoint(offset);
      const end = place.toPoint(offset + length);
      if (!start || !end) return;
      const message = file.message(reason, { place: { start, end } });
      message.actual = actual ?? source.slice(offset, offset + length);
      if (fix !== undefined) {
        message.expected = [fix];
        attachFix(message, fixOf(source, [offset, offset + length], fix));
      }
    };

    for (const match of findMojibake(source)) {
      report(
        match.index,
        match.text.length,
        `"${match.text}" is garbled: it was meant to read "${match.repair.repaired}", but its UTF-8 bytes were read as ${encodingNames[match.repair.encoding]} (usually by an editor or a copy and paste). Replace it with "${match.repair.repaired}".`,
        match.repair.repaired,
      );
    }
    for (const match of source.matchAll(/\uFFFD+/g)) {
      report(
        match.index,
        match[0].length,
        `"${match[0]}" stands for characters that were lost when the file was converted; they cannot be recovered from the page. Type them again.`,
      );
    }
    const emoji = partsOfEmoji(source);
    for (const match of source.matchAll(invisible)) {
      const character = match[0];
      // A byte-order mark may open a file; joiners and VS16 belong inside emoji such as 👩‍💻 and ❤️.
      if (character === '\uFEFF' && match.index === 0) continue;
      if (emoji.has(match.index)) continue;
      report(
        match.index,
        1,
        `An invisible ${invisibleNames[character] ?? 'character'} is here${character === '\uFEFF' ? ', in the middle of the page (usually from joining two files)' : ''}. It breaks search and spell checking. Delete it.`,
        '',
      );
    }
    // Non-breaking spaces matter in prose only; code and HTML may want them.
    const prose = proseMask(tree, source);
    for (const match of prose.matchAll(/\u00A0+/g)) {
      report(
        match.index,
        match[0].length,
        'A non-breaking space is here instead of an ordinary one (usually pasted from a document or web page). It stops the line from wrapping and search from matching. Replace it with a space.',
        ' ',
      );
    }
  },
);

export default ladderMojibake;
