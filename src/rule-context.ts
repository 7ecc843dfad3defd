import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { mergeConfig } from './config/load-config.ts';
import type { ResolvedConfig, Template } from './config/types.ts';
import { type LinkedPages, linkedPages } from './engine/linked-pages.ts';
import { buildLadderPage } from './model/build-page.ts';
import type { LadderPage } from './model/ladder-page.ts';
import { bestTemplate } from './model/template-match.ts';

/** What the engine hands every rule through `file.data.ladder`. */
export interface LadderContext {
  page: LadderPage;
  config: ResolvedConfig;
  /** The template chosen for the page by an override glob or by fit; absent when none fits. */
  templateName?: string;
  template?: Template;
  /** True when an override named the template, false when it was chosen by fit. */
  templateFromOverride: boolean;
  /** The other pages a link may point to, shared by every file of the run. */
  linkedPages: LinkedPages;
}

declare module 'vfile' {
  interface DataMap {
    ladder: LadderContext;
  }
}

export function makeContext(
  page: LadderPage,
  config: ResolvedConfig,
  pages: LinkedPages,
  overrideTemplate?: string,
): LadderContext {
  const templateName =
    overrideTemplate ?? (page.kind === 'level' ? bestTemplate(config.templates, page) : undefined);
  const context: LadderContext = {
    page,
    config,
    templateFromOverride: overrideTemplate !== undefined,
    linkedPages: pages,
  };
  if (templateName !== undefined) {
    context.templateName = templateName;
    const template = config.templates[templateName];
    if (template) context.template = template;
  }
  return context;
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
  const context = makeContext(buildLadderPage(tree, file, path), standaloneConfig, standalonePages);
  file.data.ladder = context;
  return context;
}
