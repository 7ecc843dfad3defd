import type { LadderLintConfig, LayoutSpec, Override, ScaleSpec, Template } from '../config/types.ts';
import type { LayoutPlan } from './plan-layout.ts';
import type { WordCount } from './propose-words.ts';

export const schemaReference = './node_modules/ladder-lint/schema.json';

export interface ConfigPlan {
  main: LayoutPlan;
  /** Files, as globs, that another layout reads. */
  overrides: Array<{ files: string[]; plan: LayoutPlan }>;
  words: WordCount[];
}

/** The main layout's template is `level`; an override's is named for its folder (`design`), else its layout. */
function templateName(files: string[] | undefined, plan: LayoutPlan, taken: Set<string>): string {
  const folder = files?.length === 1 ? /(?:^|\/)([^/]+)\/\*\*$/.exec(files[0] ?? '')?.[1] : undefined;
  const base = files === undefined ? 'level' : (folder ?? `${plan.reading.preset}-level`);
  let name = base;
  for (let count = 2; taken.has(name); count++) name = `${base}-${count}`;
  taken.add(name);
  return name;
}

/**
 * A layout's template and scales under names not yet taken: a field's `scale` follows its scale
 * when that is renamed.
 */
function addTemplate(
  plan: LayoutPlan,
  name: string,
  templates: Record<string, Template>,
  scales: Record<string, ScaleSpec>,
): void {
  if (!plan.template) return;
  const renamed = new Map<string, string>();
  for (const field of plan.fields?.fields ?? []) {
    if (!field.scale) continue;
    let scaleName = field.scale.name;
    if (scales[scaleName]) scaleName = `${name}-${scaleName}`;
    scales[scaleName] = field.scale.spec;
    renamed.set(field.scale.name, scaleName);
  }
  const fields = plan.template.metadata?.fields.map((field) =>
    field.scale ? { ...field, scale: renamed.get(field.scale) ?? field.scale } : field,
  );
  templates[name] = fields
    ? { ...plan.template, metadata: { ...plan.template.metadata, fields } }
    : plan.template;
}

/**
 * The `ladder` settings of a layout. The main layout leaves out a folder per track, its preset's
 * default; an override says it, as it is laid over the main layout. A page-per-level level is
 * checked against the template that fits it best.
 */
function ladderOf(plan: LayoutPlan, template: string | undefined, isOverride: boolean): LayoutSpec {
  const { levels, tracks } = plan.reading.layout;
  const ladder: LayoutSpec = { levels, ...(tracks === 'folder' && !isOverride ? {} : { tracks }) };
  const sources = plan.fields?.sources ?? [];
  if (sources.length > 0) ladder.fields = sources;
  if (template && plan.reading.preset !== 'page-per-level') ladder.template = template;
  return ladder;
}

/**
 * The configuration init writes: the preset of the main layout, and only what differs from it —
 * its layout settings, a template for what the levels share, their scales, an override per group
 * of files in another layout, and the words the dictionaries lack.
 */
export function buildConfig(plan: ConfigPlan): LadderLintConfig {
  const config: LadderLintConfig = { $schema: schemaReference, extends: plan.main.reading.preset };
  const templates: Record<string, Template> = {};
  const scales: Record<string, ScaleSpec> = {};
  const taken = new Set<string>();
  const main = plan.main.template ? templateName(undefined, plan.main, taken) : undefined;
  if (main) addTemplate(plan.main, main, templates, scales);
  const named = plan.overrides.map(({ files, plan: other }) => {
    const name = other.template ? templateName(files, other, taken) : undefined;
    if (name) addTemplate(other, name, templates, scales);
    return name;
  });
  if (plan.main.reading.preset !== 'page-per-level') config.ladder = ladderOf(plan.main, main, false);
  const overrides: Override[] = plan.overrides.map(({ files, plan: other }, index) => ({
    files,
    ladder: ladderOf(other, named[index], true),
  }));
  if (Object.keys(templates).length > 0) config.templates = templates;
  if (Object.keys(scales).length > 0) config.scales = scales;
  if (overrides.length > 0) config.overrides = overrides;
  if (plan.words.length > 0) config.spelling = { words: plan.words.map((entry) => entry.word) };
  return config;
}
