import type { LadderPage } from '../model/ladder-page.ts';
import { type Detection, folderOf, type LayoutReading } from './detect-layout.ts';
import type { InferredField } from './infer-fields.ts';
import type { LayoutPlan } from './plan-layout.ts';
import type { ProposedWords, WordCount } from './propose-words.ts';
import type { FolderScan } from './scan-folder.ts';

/** What init tells the person who ran it: one plain line per finding. */

/** The first level whose title names it (`L2: Cloud Engineer`), else the first level. */
function firstLevel(reading: LayoutReading): LadderPage | undefined {
  const levels = [...reading.pages.values()].flat();
  return levels.find((page) => page.title?.level) ?? levels[0];
}

/** `headings-per-level (a file per track, each level a "## " heading such as "D3 - Developer 3")`. */
export function describeLayout(reading: LayoutReading): string {
  const levels = reading.layout.levels;
  const example = firstLevel(reading)?.title?.text ?? '';
  switch (levels.in) {
    case 'page':
      return `page-per-level (a page per level, the level in its file name or title such as "${example}")`;
    case 'heading': {
      const marks = `${'#'.repeat(levels.depth ?? 2)} `;
      const kind = levels.names
        ? `, levels named ${levels.names.join(' < ')}`
        : levels.pattern
          ? ', levels in roman numerals'
          : '';
      return `headings-per-level (a file per track, each level a "${marks}" heading such as "${example}"${kind})`;
    }
    case 'front-matter':
      return `front-matter-pages (a page per level, ordered by the front matter's "${levels.key}" and named by its "${levels.titleKey}" such as "${example}")`;
    case 'yaml':
      return 'yaml-framework (a file per track, its levels in the YAML front matter: topics, each with content per level)';
  }
}

const shownTracks = 8;

/** `Read 18 levels in 4 tracks: Developer.md D1–D7, TechLead.md TL4–TL7, …`. */
export function describeLevels(reading: LayoutReading): string {
  const tracks = new Map<string, LadderPage[]>();
  for (const [path, pages] of reading.pages) {
    const track = reading.layout.tracks === 'file' ? path : folderOf(path);
    tracks.set(track, [...(tracks.get(track) ?? []), ...pages]);
  }
  const described = [...tracks].map(([track, pages]) => {
    const labels = pages
      .flatMap((page) => (page.level ? [page.level] : []))
      .sort((a, b) => a.rank - b.rank)
      .map((level) => level.label);
    const first = labels[0] ?? '';
    const last = labels.at(-1) ?? '';
    const range = labels.length > 1 ? `${first}–${shortLast(first, last)}` : first;
    return `${track === '.' ? '(top folder)' : track} ${range}`;
  });
  const more = described.length > shownTracks ? `, and ${described.length - shownTracks} more` : '';
  return `Read ${plural(reading.levelCount, 'level')} in ${plural(tracks.size, 'track')}: ${described
    .slice(0, shownTracks)
    .join(', ')}${more}.`;
}

/** `Level 1–6` rather than `Level 1–Level 6`. */
function shortLast(first: string, last: string): string {
  const prefix = /^\D+\s/.exec(first)?.[0];
  return prefix && last.startsWith(prefix) ? last.slice(prefix.length) : last;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function list(items: string[], shown = 10): string {
  const more = items.length > shown ? `, and ${items.length - shown} more` : '';
  return `${items.slice(0, shown).join(', ')}${more}`;
}

function describeField(field: InferredField): string {
  const scale = field.scale?.spec;
  if (field.source === 'steps') return field.spec.label;
  if (!scale) return `${field.spec.label} (no scale)`;
  return `${field.spec.label} (${scale.kind}, ${scale.direction ?? 'up'})`;
}

const sourceWords: Record<InferredField['source'], string> = {
  steps: 'steps',
  table: 'a table',
  'label-lines': '"Label: value" lines',
  bullets: '"- **Label**: value" bullets',
  'front-matter': 'front matter',
  pattern: 'a pattern',
};

/** The lines about what a layout's levels share: fields, sections, templates. */
export function describePlan(plan: LayoutPlan): string[] {
  const lines: string[] = [];
  const total = plan.reading.levelCount;
  if (plan.unfit !== undefined) {
    lines.push(
      plan.unfit.length === 0
        ? 'Templates: every level page fits one of the built-in templates.'
        : `Templates: ${plural(plan.unfit.length, 'level page')} fit none of the built-in templates (${list(plan.unfit, 5)}).`,
    );
  }
  if (plan.fields) {
    const { fields, definedIn, partial } = plan.fields;
    if (fields.length === 0) lines.push('Fields: none on every level.');
    const steps = fields.filter((field) => field.source === 'steps');
    if (steps.length > 0) {
      const files = [...new Set(steps.map((field) => definedIn.get(field.spec.label)?.file))].join(', ');
      lines.push(`Fields: ${steps.map(describeField).join(', ')} (steps defined in ${files}).`);
    }
    for (const source of ['table', 'label-lines', 'bullets'] as const) {
      const found = fields.filter((field) => field.source === source);
      if (found.length > 0)
        lines.push(
          `Fields: ${found.map(describeField).join(', ')} (from ${sourceWords[source]} on each level).`,
        );
    }
    const partialSteps = steps.filter((field) => field.levels < total);
    if (partialSteps.length > 0)
      lines.push(
        `Optional fields (steps on some levels only): ${partialSteps.map((field) => `${field.spec.label} (${field.levels} of ${total})`).join(', ')}.`,
      );
    if (partial.length > 0)
      lines.push(
        `Left out fields found on some levels only, which ladder-lint will report: ${list(partial.map((entry) => `${entry.label} (${entry.levels} of ${total})`))}.`,
      );
  }
  if (plan.sections) {
    const levels = plan.unfit?.length || total;
    const { sections, partial } = plan.sections;
    lines.push(
      sections.length === 0
        ? `Sections: no heading is on every ${plan.unfit?.length ? 'one of those pages' : 'level'}.`
        : `Sections on every ${plan.unfit?.length ? 'one of those pages' : 'level'}: ${sections.map((section) => section.name).join(', ')}.`,
    );
    if (partial.length > 0)
      lines.push(
        `Left out headings found on some levels only, which ladder-lint will report: ${list(partial.map((entry) => `${entry.name} (${entry.levels} of ${levels})`))}.`,
      );
  }
  return lines;
}

function counts(words: WordCount[], shown: number): string {
  return list(
    words.map((entry) => `${entry.word} (${entry.count})`),
    shown,
  );
}

export function describeWords(words: ProposedWords): string[] {
  const lines = [
    words.proposed.length === 0
      ? 'Spelling: no words to propose; the dictionaries know the names the pages use.'
      : `Spelling: proposed ${plural(words.proposed.length, 'word')}: ${counts(words.proposed, Number.POSITIVE_INFINITY)}.`,
  ];
  if (words.left.length > 0)
    lines.push(
      `Not proposed (in lower case, or used once or twice and only at the start of a sentence: more likely typos, which ladder-lint will report): ${counts(words.left, 10)}.`,
    );
  return lines;
}

export interface InitRun {
  detection: Detection;
  main: LayoutPlan;
  overrides: Array<{ files: string[]; plan: LayoutPlan }>;
  words: ProposedWords;
  unreadable: FolderScan['unreadable'];
}

/** Everything init found, in the order a reader checks it: layout, levels, fields, sections, words, doubts. */
export function describeRun({ detection, main, overrides, words, unreadable }: InitRun): string[] {
  const lines = [`Layout: ${describeLayout(detection.main)}.`];
  if (main.reading.preset === 'page-per-level')
    lines.push(`It is the default: no layout settings were needed${overrides.length > 0 ? ' for it' : ''}.`);
  lines.push(describeLevels(detection.main), ...describePlan(main));
  for (const { files, plan } of overrides) {
    lines.push(`Override for ${files.join(', ')}: ${describeLayout(plan.reading)}.`);
    lines.push(...[describeLevels(plan.reading), ...describePlan(plan)].map((line) => `  ${line}`));
  }
  if (detection.otherPages.length > 0)
    lines.push(`Other pages (no level in them): ${list(detection.otherPages)}.`);
  lines.push(...describeWords(words));
  for (const { path, problem } of unreadable) lines.push(`Could not read ${path}: ${problem}`);
  const undecided = [
    ...detection.undecided,
    ...main.undecided,
    ...overrides.flatMap(({ plan }) => plan.undecided),
  ];
  for (const item of undecided) lines.push(`Could not decide ${item}`);
  return lines;
}
