import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { List, Root, RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { ConfigError } from './config-error.ts';
import type { ScaleRank, ScaleSpec } from './types.ts';

/**
 * The Markdown parser, which src/model/parse.ts hands over as it loads: a configuration without
 * `ranksFrom` (most of them, and every run whose pages all come from the cache) then never loads
 * the parser. loadConfig loads it first when a scale names a list to read (needsMarkdownParser).
 */
let parseMarkdown: ((file: VFile) => Root) | undefined;

export function useMarkdownParser(parse: (file: VFile) => Root): void {
  parseMarkdown = parse;
}

/** Whether resolving these scales reads a ladder page, so that the parser must be loaded first. */
export function needsMarkdownParser(scales: Record<string, ScaleSpec> | undefined): boolean {
  return Object.values(scales ?? {}).some((scale) => scale.ranksFrom && (scale.ranks ?? []).length === 0);
}

/**
 * Scales whose steps the ladder defines itself (`ranksFrom`) get those steps, read once when the
 * configuration loads, so that the README stays the one place they are written.
 */
export function resolveScales(
  scales: Record<string, ScaleSpec>,
  base: string,
  configFile: string,
): Record<string, ScaleSpec> {
  const resolved: Record<string, ScaleSpec> = {};
  for (const [name, scale] of Object.entries(scales)) {
    resolved[name] =
      scale.ranksFrom && (scale.ranks ?? []).length === 0
        ? { ...scale, ranks: ranksFrom(scale.ranksFrom, base, configFile, `scales.${name}.ranksFrom`) }
        : scale;
  }
  return resolved;
}

function ranksFrom(
  source: NonNullable<ScaleSpec['ranksFrom']>,
  base: string,
  configFile: string,
  key: string,
): ScaleRank[] {
  const path = resolve(base || process.cwd(), source.file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(
      configFile,
      `${key}.file`,
      `names "${source.file}", which could not be read at ${path}.`,
    );
  }
  if (!parseMarkdown)
    throw new Error(
      'the Markdown parser (src/model/parse.ts) must be loaded before a ranksFrom list is read',
    );
  const nodes = parseMarkdown(new VFile({ path, value: text })).children;
  const list = listUnder(nodes, source.heading);
  const steps = list?.children.map((item) => stepName(nodeText(item))).filter((step) => step !== '') ?? [];
  if (steps.length < 2)
    throw new ConfigError(
      configFile,
      `${key}.heading`,
      `"${source.heading}" is not a heading of ${source.file} followed by a list of at least two steps (such as "1. **Adopts**: …").`,
    );
  return steps.map((step) => ({ name: step, phrases: [step] }));
}

function listUnder(nodes: RootContent[], heading: string): List | undefined {
  const wanted = heading.trim().toLocaleLowerCase('en');
  const at = nodes.findIndex(
    (node) => node.type === 'heading' && nodeText(node).trim().toLocaleLowerCase('en') === wanted,
  );
  if (at === -1) return undefined;
  for (const node of nodes.slice(at + 1)) {
    if (node.type === 'heading') return undefined;
    if (node.type === 'list') return node;
  }
  return undefined;
}

/** `Adopts: actively learns…` → `Adopts`: the words before the first colon, or the whole item. */
function stepName(item: string): string {
  const colon = item.indexOf(':');
  return (colon === -1 ? item : item.slice(0, colon)).trim();
}
