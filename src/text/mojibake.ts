/**
 * Repairs text whose UTF-8 bytes were once decoded with a legacy single-byte code page,
 * such as `ü¶â` (Mac OS Roman) for `🦉` or `â€™` (Windows-1252) for `’`.
 */

export type LegacyEncoding = 'macintosh' | 'windows-1252' | 'latin1';

export const legacyEncodings: readonly LegacyEncoding[] = ['windows-1252', 'macintosh', 'latin1'];

const encoderTables = new Map<LegacyEncoding, Map<string, number>>();

/** Maps each character a code page can produce back to its byte. */
function encoderTable(encoding: LegacyEncoding): Map<string, number> {
  let table = encoderTables.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding === 'latin1' ? 'iso-8859-1' : encoding);
    for (let byte = 0; byte < 256; byte++) {
      const character = decoder.decode(new Uint8Array([byte]));
      // Several code pages leave holes that decode to U+FFFD; those cannot be reversed.
      if (character !== '\uFFFD' && !table.has(character)) table.set(character, byte);
    }
    // ISO-8859-1 as browsers label it is Windows-1252; real Latin-1 maps 0x80–0x9F to C1 controls.
    if (encoding === 'latin1')
      for (let byte = 0x80; byte < 0xa0; byte++) table.set(String.fromCharCode(byte), byte);
    encoderTables.set(encoding, table);
  }
  return table;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Re-encodes `text` with `encoding` and decodes the bytes as UTF-8.
 * Returns undefined when that is impossible or changes nothing.
 */
export function repairWith(text: string, encoding: LegacyEncoding, leadByte?: number): string | undefined {
  const table = encoderTable(encoding);
  const bytes: number[] = leadByte === undefined ? [] : [leadByte];
  for (const character of text) {
    const byte = table.get(character);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    const repaired = strictUtf8.decode(new Uint8Array(bytes));
    return repaired === text ? undefined : repaired;
  } catch {
    return undefined;
  }
}

export interface Repair {
  encoding: LegacyEncoding;
  repaired: string;
}

/**
 * Lead bytes of multi-byte UTF-8 sequences that some copy-and-paste paths drop: Mac OS Roman
 * shows 0xF0 as the Apple logo, a private-use character that many fonts and editors discard,
 * which turns `🦉` into `ü¶â` rather than `ü¶â`. Only 0xF0 is guessed: it needs three
 * more bytes, so a guess is rarely right by chance.
 */
const droppableLeadBytes = [0xf0];

/** The first code page under which `text` turns back into valid UTF-8 with fewer characters. */
export function repairMojibake(text: string): Repair | undefined {
  for (const leadByte of [undefined, ...droppableLeadBytes]) {
    for (const encoding of legacyEncodings) {
      const repaired = repairWith(text, encoding, leadByte);
      if (repaired === undefined || repaired.length >= text.length) continue;
      // A guessed lead byte is only believable when it restores an emoji.
      if (leadByte !== undefined && !/^\p{Extended_Pictographic}\uFE0F?$/u.test(repaired)) continue;
      return { encoding, repaired };
    }
  }
  return undefined;
}

/**
 * Runs of non-ASCII characters that could be mis-decoded UTF-8: two or more characters from the
 * Latin-1 supplement, General Punctuation, Latin Extended and the symbols legacy code pages use.
 * Kept as a simple character class with a bounded quantifier so it cannot backtrack badly.
 */
const suspiciousRun =
  /[\u00A0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02C7\u02D8-\u02DD\u0131\u03A9\u03C0\u2013-\u2044\u20AC\u2122\u2126\u2202\u2206\u220F\u2211\u221A\u221E\u222B\u2248\u2260\u2264\u2265\u25CA\uF8FF\uFB01\uFB02]{2,64}/gu;

export interface MojibakeMatch {
  index: number;
  text: string;
  repair: Repair;
}

/** Finds every stretch of `text` that is mis-decoded UTF-8 and says what it should read. */
export function findMojibake(text: string): MojibakeMatch[] {
  const found: MojibakeMatch[] = [];
  for (const match of text.matchAll(suspiciousRun)) {
    const candidate = match[0];
    const repair = longestRepairablePrefix(candidate);
    if (repair) found.push({ index: match.index, text: repair.text, repair: repair.repair });
  }
  return found;
}

/** A run can end in ordinary accented letters that belong to the prose; keep only what repairs. */
function longestRepairablePrefix(candidate: string): { text: string; repair: Repair } | undefined {
  const characters = Array.from(candidate);
  // Only prefixes that end where a UTF-8 sequence ends can repair: trying those alone keeps a long
  // run of accented letters ("éééé…") linear rather than a decode for every prefix.
  const ends = new Set<number>();
  for (const leadByte of [undefined, ...droppableLeadBytes]) {
    for (const encoding of legacyEncodings) {
      for (const end of sequenceEnds(characters, encoding, leadByte)) ends.add(end);
    }
  }
  for (const end of [...ends].sort((a, b) => b - a)) {
    if (end < 2) break;
    const text = characters.slice(0, end).join('');
    const repair = repairMojibake(text);
    if (repair && !/[\u0080-\u009F]/.test(repair.repaired)) return { text, repair };
  }
  return undefined;
}

/**
 * The character counts after which the bytes of `characters` in `encoding` (after `leadByte`)
 * complete a UTF-8 sequence, up to the first byte that cannot continue one.
 */
function sequenceEnds(characters: string[], encoding: LegacyEncoding, leadByte?: number): number[] {
  const table = encoderTable(encoding);
  const bytes: number[] = leadByte === undefined ? [] : [leadByte];
  for (const character of characters) {
    const byte = table.get(character);
    if (byte === undefined) break;
    bytes.push(byte);
  }
  const offset = leadByte === undefined ? 0 : 1;
  const ends: number[] = [];
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) break;
    for (let next = index + 1; next < index + length; next++) {
      if (((bytes[next] ?? 0) & 0xc0) !== 0x80) return ends;
    }
    index += length;
    ends.push(index - offset);
  }
  return ends;
}
