import { mergeConfig } from '../config/load-config.ts';
import type { FieldSourceSpec, FieldSpec, ScaleDirection, ScaleSpec } from '../config/types.ts';
import type { LadderPage, MetadataField } from '../model/ladder-page.ts';
import { readLadderFile } from '../model/read-ladder.ts';
import { comparePlacements, type Placement, place } from '../progression/scales.ts';
import type { LayoutReading } from './detect-layout.ts';
import { type OrdinalScale, ranksOf } from './ordinal-scales.ts';
import type { ScannedFile } from './scan-folder.ts';

/** A field the levels share, with the scale its values are read onto. */
export interface InferredField {
  spec: FieldSpec;
  /** The scale's name and settings, when one fits its values. */
  scale?: { name: string; spec: ScaleSpec };
  /** Where it was written: a step of a scale defined in the ladder, a table, a label line. */
  source: FieldSourceSpec['from'] | 'bullets';
  /** On how many levels. */
  levels: number;
}

export interface FieldInference {
  /** The `ladder.fields` sources the fields need. */
  sources: FieldSourceSpec[];
  fields: InferredField[];
  /** The steps' scales, by field label, for the report. */
  definedIn: Map<string, OrdinalScale>;
  /** Labels found on some levels only: left out. */
  partial: Array<{ label: string; levels: number }>;
  undecided: string[];
}

const sourceOfForm: Partial<Record<MetadataField['form'], InferredField['source']>> = {
  step: 'steps',
  table: 'table',
  'label-line': 'label-lines',
  list: 'bullets',
  paragraph: 'bullets',
};

/** The sources worth trying, in the order the configuration lists them. */
const tried: Array<FieldSourceSpec['from']> = ['steps', 'table', 'label-lines'];

export function scaleName(label: string): string {
  return label
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The fields every level of the layout writes, read by the ladder's own field readers with every
 * source tried, and for each the scale its values fit (`place`), with the direction they move in.
 */
export function inferFields(
  files: ScannedFile[],
  reading: LayoutReading,
  ordinalScales: OrdinalScale[],
): FieldInference {
  const probe = probeConfig(reading, ordinalScales);
  const levels: LadderPage[] = [];
  for (const scanned of files) {
    if (!reading.pages.has(scanned.path)) continue;
    const pages = readLadderFile(scanned.tree, scanned.file, scanned.path, probe.config, probe.layout);
    levels.push(...pages.filter((page) => page.kind === 'level'));
  }
  const byLabel = new Map<
    string,
    { label: string; form: MetadataField['form']; values: Map<LadderPage, string> }
  >();
  for (const page of levels) {
    for (const field of page.metadata) {
      const key = field.label.toLocaleLowerCase('en');
      const entry = byLabel.get(key) ?? { label: field.label, form: field.form, values: new Map() };
      if (!entry.values.has(page)) entry.values.set(page, field.value);
      byLabel.set(key, entry);
    }
  }
  const inference: FieldInference = {
    sources: [],
    fields: [],
    definedIn: new Map(),
    partial: [],
    undecided: [],
  };
  for (const { label, form, values } of byLabel.values()) {
    const source = sourceOfForm[form];
    if (!source) continue;
    const ordinal = source === 'steps' ? ordinalScales.find((scale) => scale.heading === label) : undefined;
    // A field that is a step of a scale counts wherever it is written; others must be on every level.
    if (!ordinal && values.size < levels.length) {
      inference.partial.push({ label, levels: values.size });
      continue;
    }
    const field: InferredField = {
      spec: { label, required: values.size === levels.length },
      source,
      levels: values.size,
    };
    const scale = ordinal ? stepScale(ordinal, values) : valueScale(label, values, inference.undecided);
    if (scale) {
      field.scale = { name: uniqueName(scaleName(label), inference.fields), spec: scale };
      field.spec.scale = field.scale.name;
    }
    if (ordinal) inference.definedIn.set(label, ordinal);
    inference.fields.push(field);
  }
  inference.fields.sort((a, b) => order(a, ordinalScales) - order(b, ordinalScales));
  for (const from of tried)
    if (inference.fields.some((field) => field.source === from)) inference.sources.push({ from });
  return inference;
}

/** Steps in the order the ladder defines their scales; the others after them, as read. */
function order(field: InferredField, ordinalScales: OrdinalScale[]): number {
  const index = ordinalScales.findIndex((scale) => scale.heading === field.spec.label);
  return index === -1 ? ordinalScales.length : index;
}

function uniqueName(name: string, taken: InferredField[]): string {
  const names = new Set(taken.map((field) => field.scale?.name));
  let unique = name || 'field';
  for (let count = 2; names.has(unique); count++) unique = `${name}-${count}`;
  return unique;
}

/** A template whose fields are the ordinal scales, so that the steps reader knows their steps. */
function probeConfig(reading: LayoutReading, ordinalScales: OrdinalScale[]) {
  const fields: FieldSpec[] = ordinalScales.map((scale, index) => ({
    label: scale.heading,
    scale: `probe-${index}`,
  }));
  const scales = Object.fromEntries(
    ordinalScales.map((scale, index) => [
      `probe-${index}`,
      { kind: 'ranks' as const, ranks: ranksOf(scale) },
    ]),
  );
  const config = mergeConfig(
    { extends: reading.preset, templates: { probe: { metadata: { fields }, sections: [] } }, scales },
    '',
    [],
  );
  const layout = {
    ...reading.layout,
    fields: tried.filter((from) => from !== 'steps' || ordinalScales.length > 0).map((from) => ({ from })),
    template: 'probe',
  };
  return { config, layout };
}

/** A scale defined in the ladder: its direction is written only where the ladder goes against `up`. */
function stepScale(ordinal: OrdinalScale, values: Map<LadderPage, string>): ScaleSpec {
  const ranks: ScaleSpec = { kind: 'ranks', ranks: ranksOf(ordinal) };
  const direction = directionOf(values, ranks);
  return {
    kind: 'ranks',
    noun: ordinal.heading.toLocaleLowerCase('en'),
    ...(direction === 'up' ? {} : { direction }),
    ranksFrom: { file: ordinal.file, heading: ordinal.heading },
  };
}

/** A length of time when every value is one, else a number when every value is one. */
function valueScale(
  label: string,
  values: Map<LadderPage, string>,
  undecided: string[],
): ScaleSpec | undefined {
  for (const kind of ['duration', 'number'] as const) {
    const scale: ScaleSpec = { kind };
    if (![...values.values()].every((value) => place(value, scale) !== undefined)) continue;
    return { kind, noun: label.toLocaleLowerCase('en'), direction: directionOf(values, scale) };
  }
  const example = [...values.values()].find((value) => place(value, { kind: 'number' }) === undefined) ?? '';
  undecided.push(
    `a scale for "${label}": values such as "${shorten(example)}" are neither lengths of time nor numbers, so it is listed without one. Add a scale of kind "ranks" if its values are steps.`,
  );
  return undefined;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * `up` when no value is lower than the one before it in its track, `down` when none is higher,
 * else `any`: never a direction the ladder itself goes against.
 */
function directionOf(values: Map<LadderPage, string>, scale: ScaleSpec): ScaleDirection {
  const tracks = new Map<string, Array<{ rank: number; placement: Placement }>>();
  for (const [page, value] of values) {
    const placement = place(value, scale);
    if (!placement || !page.level) continue;
    const track = tracks.get(page.track) ?? [];
    track.push({ rank: page.level.rank, placement });
    tracks.set(page.track, track);
  }
  let rises = false;
  let falls = false;
  for (const track of tracks.values()) {
    track.sort((a, b) => a.rank - b.rank);
    for (let index = 1; index < track.length; index++) {
      const step = comparePlacements(
        (track[index] as { placement: Placement }).placement,
        (track[index - 1] as { placement: Placement }).placement,
      );
      if (step > 0) rises = true;
      if (step < 0) falls = true;
    }
  }
  return falls ? (rises ? 'any' : 'down') : 'up';
}
