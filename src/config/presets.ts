import { defaultConfig } from './default-config.ts';
import { defaultYamlLevels } from '../model/yaml-ladder.ts';
import type { presetNames } from './schema.ts';
import type { LadderLintConfig, LayoutSpec } from './types.ts';

export type PresetName = (typeof presetNames)[number];

/**
 * A preset is a whole configuration named by the layout it reads, not by a company, so that a
 * ladder's own configuration says only what differs (`"extends": "headings-per-level"`).
 */
export type Preset = Required<
  Pick<LadderLintConfig, 'ladder' | 'templates' | 'overrides' | 'scales' | 'spelling'>
> & { description: string };

/** `D3 - Developer 3`, `TL4 – Tech Lead 4`, `Level 2`, `L4: Lead`, `IC3 Engineer`. */
export const defaultHeadingLevelPattern = String.raw`^(?<label>(?:[A-Z]{1,4}|Level\s?)(?<number>\d{1,2}(?:\.\d{1,2})?))\b\s*(?:[-–—:]\s*)?(?<name>.*)$`;

const layoutPreset = (description: string, ladder: LayoutSpec): Preset => ({
  description,
  ladder,
  templates: {},
  overrides: [],
  scales: {},
  spelling: { ...defaultConfig.spelling },
});

export const presets: Record<PresetName, Preset> = {
  'page-per-level': {
    description:
      'A page per level, the level in its file name or title (L4-Lead-Engineer.md, "# L4: Lead Engineer"); a folder per track. The built-in templates describe the Octopus Deploy People ladder.',
    ...defaultConfig,
    ladder: { levels: { in: 'page' }, tracks: 'folder' },
  },
  'headings-per-level': layoutPreset(
    'A file per track, each level a heading ("## D3 - Developer 3", "## Level 2"), in level order.',
    {
      levels: { in: 'heading', depth: 2, pattern: defaultHeadingLevelPattern },
      tracks: 'file',
      fields: [{ from: 'label-lines' }],
    },
  ),
  'front-matter-pages': layoutPreset(
    'A page per level whose front matter gives its name (title) and its place in the order (weight); a folder per track.',
    {
      levels: { in: 'front-matter', key: 'weight', titleKey: 'title' },
      tracks: 'folder',
      fields: [{ from: 'label-lines' }, { from: 'table' }],
    },
  ),
  'yaml-framework': layoutPreset(
    'A file per track whose YAML front matter holds the ladder: topics, each with content per level, each with criteria.',
    {
      levels: { in: 'yaml', ...defaultYamlLevels, criteria: [...defaultYamlLevels.criteria] },
      tracks: 'file',
    },
  ),
};

export const defaultPreset = 'page-per-level';
