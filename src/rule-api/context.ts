import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { mergeConfig } from '../config/load-config.ts';
import type { LayoutSpec, ResolvedConfig, Template } from '../config/types.ts';
import { type LinkedPages, linkedPages } from '../engine/linked-pages.ts';
import { readLadderFile } from '../model/read-ladder.ts';
import type { LadderPage } from '../model/ladder-page.ts';
import { bestTemplate } from '../model/template-match.ts';

/** One level of a file (or the file's one other page) with the template it is checked against. */
export interface LevelContext {
  page: LadderPage;
  /** The template chosen by an override, by the layout or by fit; absent when none fits. */
  templateName?: string;
  template?: Template;
  /** True when an override named the template, false when the layout or the fit chose it. */
  templateFromOverride: boolean;
}

/** What the engine hands every rule through `file.data.ladder`: the file's first level, and all. */
export interface LadderContext extends LevelContext {
  /** Every level the file holds (a file per track holds several), or its one other page. */
  levels: LevelContext[];
  /** How this file's ladder is laid out (the configuration's, or an override's). */
  layout: LayoutSpec;
  config: ResolvedConfig;
  /** The other pages a link may point to, shared by every file of the run. */
  linkedPages: LinkedPages;
}

declare module 'vfile' {
  interface DataMap {
    ladder: LadderContext;
  }
}

function levelContext(
  page: LadderPage,
  config: ResolvedConfig,
  layout: LayoutSpec,
  overrideTemplate: string | undefined,
): LevelContext {
  const templateName =
    overrideTemplate ??
    (page.kind !== 'level'
      ? undefined
      : // Only pages of the page-per-level layout are matched to a template by fit: the
        // built-in templates describe such pages, and other layouts name theirs.
        (layout.template ??
        (layout.levels.in === 'page' ? bestTemplate(config.templates, page) : undefined)));
  const context: LevelContext = { page, templateFromOverride: overrideTemplate !== undefined };
  if (templateName !== undefined) {
    context.templateName = templateName;
    const template = config.templates[templateName];
    if (template) context.template = template;
  }
  return context;
}

export function makeContext(
  pages: LadderPage[],
  config: ResolvedConfig,
  linked: LinkedPages,
  overrideTemplate?: string,
  layout: LayoutSpec = config.ladder,
): LadderContext {
  const levels = pages.map((page) => levelContext(page, config, layout, overrideTemplate));
  return { ...(levels[0] as LevelContext), levels, layout, config, linkedPages: linked };
}

let standaloneConfig: ResolvedConfig | undefined;
let standalonePages: LinkedPages | undefined;

/**
 * The page and template a rule works on. Under the ladder-lint engine they were made once per
 * file; a rule used on its own in a `.remarkrc` builds them from the tree with the default config.
 */
export function ladderContext(tree: Root, file: VFile): LadderContext {
  const existing = file.data.ladder;
  if (existing) return existing;
  standaloneConfig ??= mergeConfig(undefined, '', []);
  standalonePages ??= linkedPages();
  const path = (file.path || 'page.md').replaceAll('\\', '/');
  const context = makeContext(
    readLadderFile(tree, file, path, standaloneConfig),
    standaloneConfig,
    standalonePages,
  );
  file.data.ladder = context;
  return context;
}
