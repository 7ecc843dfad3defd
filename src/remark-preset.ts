/**
 * ladder-lint in remark: `ladder-lint/remark-preset` as a remark-cli preset (see the README).
 * Each file is checked by the page rules that the ladder-lint configuration found upward from it
 * turns on, with that configuration's layout, templates and rule options, as the CLI would.
 *
 * remark hands its plugins one file at a time, so the cross-page rules (ladder-progression,
 * ladder-track-index, ladder-track-consistency, ladder-mixed-spelling, ladder-emoji-style), which
 * compare the pages of a track, cannot run here: use the ladder-lint CLI or Action for those.
 */
import { dirname, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { loadConfig } from './config/load-config.ts';
import type { ResolvedConfig } from './config/types.ts';
import { linkedPages } from './engine/linked-pages.ts';
import { processorFor } from './engine/check-page.ts';
import { settingsFor } from './engine/lint.ts';
import { readLadderFile } from './model/read-ladder.ts';
import { makeContext } from './rule-api/context.ts';
import { ruleMetas, trackRules } from './rule-api/registry.ts';

export interface RemarkLadderLintOptions {
  /** A ladder-lint configuration file; otherwise the one found upward from each file. */
  config?: string;
}

/** The rules remark cannot run, for the README and for anyone who asks. */
export const rulesRemarkCannotRun: readonly string[] = trackRules.map((rule) => rule.meta.id);

const configs = new Map<string, Promise<ResolvedConfig>>();

function configFor(file: VFile, options: RemarkLadderLintOptions): Promise<ResolvedConfig> {
  const cwd = file.cwd || process.cwd();
  const key = options.config ? resolve(cwd, options.config) : dirname(resolve(cwd, file.path || 'page.md'));
  let config = configs.get(key);
  if (!config) {
    config = loadConfig({
      searchFrom: key,
      knownRules: ruleMetas,
      ...(options.config ? { configFile: key } : {}),
    });
    configs.set(key, config);
  }
  return config;
}

const linked = linkedPages();

/** Runs ladder-lint's page rules on each file, with the ladder-lint configuration. */
export const remarkLadderLint: Plugin<[RemarkLadderLintOptions?], Root> = (options = {}) => {
  return async (tree, file) => {
    const config = await configFor(file, options);
    const cwd = file.cwd || process.cwd();
    const absolutePath = resolve(cwd, file.path || 'page.md');
    const { rules, template, ladder } = settingsFor(absolutePath, cwd, config);
    const path = relative(cwd, absolutePath).replaceAll('\\', '/');
    const pages = readLadderFile(tree, file, path, config, ladder);
    file.data.ladder = makeContext(pages, config, linked, template, ladder);
    await processorFor(rules).run(tree, file);
  };
};

/**
 * A unified preset: `plugins: ['ladder-lint/remark-preset']` in a `.remarkrc.mjs`. It parses as
 * ladder-lint does (GitHub's Markdown, YAML front matter kept out of the prose) and lints.
 */
const remarkPreset = {
  plugins: [remarkGfm, [remarkFrontmatter, ['yaml']], remarkLadderLint],
} as const;

export default remarkPreset;
