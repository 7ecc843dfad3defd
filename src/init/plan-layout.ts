import type { Template } from '../config/types.ts';
import { presets } from '../config/presets.ts';
import { bestTemplate } from '../model/template-match.ts';
import type { LayoutReading } from './detect-layout.ts';
import { type FieldInference, inferFields } from './infer-fields.ts';
import { inferSections, type SectionInference } from './infer-sections.ts';
import type { OrdinalScale } from './ordinal-scales.ts';
import type { ScannedFile } from './scan-folder.ts';

/** What init writes for one layout: its reading, and the template its levels share. */
export interface LayoutPlan {
  reading: LayoutReading;
  fields?: FieldInference;
  sections?: SectionInference;
  /** The template the levels share, when they share fields or sections. */
  template?: Template;
  /** page-per-level: the level pages none of the built-in templates fits. */
  unfit?: string[];
  undecided: string[];
}

/**
 * The fields and sections a layout's levels share. page-per-level keeps its built-in templates
 * and only describes the pages none of them fits; yaml-framework's topics are not sections.
 */
export function planLayout(
  files: ScannedFile[],
  reading: LayoutReading,
  ordinalScales: OrdinalScale[],
): LayoutPlan {
  const levels = [...reading.pages.values()].flat();
  const levelsSpec = reading.layout.levels;
  switch (levelsSpec.in) {
    case 'yaml':
      return { reading, undecided: [] };
    case 'page': {
      const { templates } = presets['page-per-level'] ?? { templates: {} };
      const unfitPages = levels.filter((page) => !bestTemplate(templates, page));
      if (unfitPages.length === 0) return { reading, unfit: [], undecided: [] };
      const sections = inferSections(unfitPages, 2);
      const undecided =
        sections.sections.length > 0
          ? []
          : [
              `a template for the level pages that fit none of the built-in templates: they share no heading. Add one under "templates" if they should be checked for sections.`,
            ];
      return {
        reading,
        sections,
        unfit: unfitPages.map((page) => page.path),
        undecided,
        ...(sections.sections.length > 0 ? { template: { sections: sections.sections } } : {}),
      };
    }
    case 'heading':
    case 'front-matter': {
      const fields = inferFields(files, reading, ordinalScales);
      const minimumDepth = levelsSpec.in === 'heading' ? (levelsSpec.depth ?? 2) + 1 : 2;
      const sections = inferSections(levels, minimumDepth);
      const plan: LayoutPlan = { reading, fields, sections, undecided: fields.undecided };
      if (fields.fields.length > 0 || sections.sections.length > 0)
        plan.template = {
          ...(fields.fields.length > 0
            ? { metadata: { fields: fields.fields.map((field) => field.spec) } }
            : {}),
          sections: sections.sections,
        };
      return plan;
    }
  }
}
