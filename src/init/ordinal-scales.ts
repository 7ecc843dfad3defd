import type { List } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import type { ScaleRank } from '../config/types.ts';
import type { ScannedFile } from './scan-folder.ts';

/**
 * A scale the ladder defines once in its own words: a heading, then a numbered list whose items
 * start with a bold step (`## Technology`, `1. **Adopts**: …` … `5. **Creates**: …`).
 */
export interface OrdinalScale {
  file: string;
  heading: string;
  /** Lowest first. */
  steps: string[];
}

/**
 * Every such list in the folder. A step is read as `ranksFrom` reads it when the configuration
 * loads: the item's words before its first colon.
 */
export function findOrdinalScales(files: ScannedFile[]): OrdinalScale[] {
  const scales: OrdinalScale[] = [];
  for (const { path, tree } of files) {
    const seen = new Set<string>();
    tree.children.forEach((node, index) => {
      if (node.type !== 'heading') return;
      const heading = nodeText(node).trim();
      // The configuration names a list by its heading; only the first of a name can be named.
      if (seen.has(heading.toLocaleLowerCase('en'))) return;
      seen.add(heading.toLocaleLowerCase('en'));
      const list = listUnder(tree.children.slice(index + 1));
      if (!list?.ordered || list.children.length < 2 || !list.children.every(startsBold)) return;
      const steps = list.children.map((item) => nodeText(item).split(':')[0]?.trim() ?? '');
      if (steps.every((step) => step !== '')) scales.push({ file: path, heading, steps });
    });
  }
  return scales;
}

function listUnder(nodes: ReadonlyArray<{ type: string }>): List | undefined {
  for (const node of nodes) {
    if (node.type === 'heading') return undefined;
    if (node.type === 'list') return node as List;
  }
  return undefined;
}

function startsBold(item: List['children'][number]): boolean {
  const paragraph = item.children[0];
  return paragraph?.type === 'paragraph' && paragraph.children[0]?.type === 'strong';
}

export function ranksOf(scale: OrdinalScale): ScaleRank[] {
  return scale.steps.map((step) => ({ name: step, phrases: [step] }));
}
