/**
 * Pages built to be slow or deep, as an adversarial run found them (issue 19, item 5): each is a
 * ladder page's head followed by one shape repeated until the page is about `bytes` long. The
 * benchmark (bench/pathological.ts) times them; __tests__/pathological.test.ts asserts what they
 * are reported as, never how long they take.
 */
import { unparseableReason } from '../src/engine/read-text.ts';

const head =
  '# L3: Senior Engineer\n\n- **Planning Horizon**: Current and next cycle.\n\n## 🦉 Domain Expertise\n\n';

/** Repeats `line(index)` until the page holds about `bytes` characters. */
function fill(bytes: number, line: (index: number) => string): string {
  const parts = [head];
  let length = head.length;
  for (let index = 0; length < bytes; index++) {
    const next = line(index);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

/** Made-up words no dictionary holds, each different: every one is a spelling finding. */
function unknownWord(index: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = 'q';
  for (let rest = index + 1; rest > 0; rest = Math.floor(rest / letters.length))
    word += `${letters[rest % letters.length]}u`;
  return `${word}zzx`;
}

const sentence =
  'I lead the design of security systems for my team, and I guide others while doing it: the organisation relies on what we write down. ';

export const pathologicalPages: Record<string, (bytes: number) => string> = {
  /** Bullets indented one step deeper each line, hundreds deep. */
  'deep-list': (bytes) => fill(bytes, (index) => `${'  '.repeat(index % 1_000)}- step ${index}\n`),
  /** Quote lines each one `>` deeper, thousands of them. */
  'nested-quotes': (bytes) => fill(bytes, (index) => `${'>'.repeat((index % 2_000) + 1)} quoted ${index}\n`),
  /** A table as wide as a line may be, the same word in every cell, row after row. */
  'wide-table': (bytes) => {
    const columns = 600;
    const row = `|${' Yes |'.repeat(columns)}\n`;
    return fill(bytes, (index) => (index === 0 ? row + `|${' --- |'.repeat(columns)}\n` : row));
  },
  /** A two-column table of thousands of rows. */
  'tall-table': (bytes) =>
    fill(bytes, (index) =>
      index === 0 ? '| Level | Scope |\n| --- | --- |\n' : `| L${index} | the team |\n`,
    ),
  /** Links to `#anchors` the page does not have. */
  'missing-anchors': (bytes) => fill(bytes, (index) => `- See [part ${index}](#missing-part-${index}).\n`),
  /** The same heading over and over. */
  'identical-headings': (bytes) => fill(bytes, () => '## Scope\n\nI own it.\n\n'),
  /** Bullets as short as they come: the parser's time per list item, thousands of them. */
  'short-bullets': (bytes) => fill(bytes, () => '- a\n'),
  /** A placeholder on every line. */
  placeholders: (bytes) => fill(bytes, (index) => `- TODO ${index}: TBD\n`),
  /** A different made-up word in every sentence: spelling suggestions for each. */
  'unknown-words': (bytes) =>
    fill(bytes, (index) => `I use the ${unknownWord(index)} tool daily.\n${index % 8 === 7 ? '\n' : ''}`),
  /** One paragraph of thousands of short lines, each cut in two by a "!" the parser tries as an image. */
  'long-paragraph': (bytes) => fill(bytes, () => 'a!\n'),
  /** One paragraph of stars that can only close emphasis: each looks back through it for an opener. */
  'closing-stars': (bytes) => fill(bytes, () => `${'a* '.repeat(20)}\n`),
  /** Plain prose, line after line. */
  prose: (bytes) => fill(bytes, (index) => (index % 8 === 7 ? `${sentence}\n\n` : `${sentence}\n`)),
  /** A bullet with a nested bullet under it, over and over: each nested list closes at the next item. */
  'nested-lists': (bytes) => fill(bytes, (index) => `- Step ${index}\n  - its detail\n`),
  /** A bullet that opens a quote, over and over. */
  'quotes-in-items': (bytes) => fill(bytes, (index) => `- > quoted ${index}\n`),
  /** `- ` two thousand times on one 4 KB line: a list two thousand deep. */
  'dash-line': (bytes) => fill(bytes, () => `${'- '.repeat(2_000)}deep\n\n`),
};

/**
 * `unit(index)` as many times as a page of about `bytes` may hold before it is refused as too dense
 * or too long to parse (read-text.ts), then prose to fill it: what the slowest page accepted of
 * that shape costs.
 */
function densestAccepted(unit: (index: number) => string): (bytes: number) => string {
  return (bytes) => {
    const page = (count: number) => {
      const parts = [head];
      for (let index = 0; index < count; index++) parts.push(unit(index));
      parts.push('\n');
      let length = parts.join('').length;
      for (let index = 0; length < bytes; index++) {
        const next = index % 8 === 7 ? `${sentence}\n\n` : `${sentence}\n`;
        parts.push(next);
        length += next.length;
      }
      return parts.join('');
    };
    const accepted = (count: number) => {
      const text = page(count);
      return text.length <= bytes * 1.05 && unparseableReason(text) === undefined;
    };
    let low = 0;
    let high = 1;
    while (accepted(high)) [low, high] = [high, high * 2];
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (accepted(middle)) low = middle;
      else high = middle;
    }
    return page(low);
  };
}

/** The densest pages accepted, shape by shape. */
export const densestAcceptedPages: Record<string, (bytes: number) => string> = {
  'densest-bullets': densestAccepted(() => '- a\n'),
  'densest-headings': densestAccepted(() => '## a\n\n'),
  'densest-table': densestAccepted((index) =>
    index % 40 === 0 ? `\n|${' a |'.repeat(40)}\n|${' - |'.repeat(40)}\n` : `|${' a |'.repeat(40)}\n`,
  ),
  'densest-links': densestAccepted((index) => `- See [part ${index}](#missing-part-${index}).\n`),
  'densest-fields': densestAccepted((index) => `- **Field ${index}**: a value\n`),
  'densest-placeholders': densestAccepted((index) => `- TODO ${index}: TBD\n`),
};
