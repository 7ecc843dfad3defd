import type { ResolvedConfig } from '../config/types.ts';
import type { PageOutline } from '../model/ladder-page.ts';
import { ladderProgression, type PlacedValue, type TrackProgression } from '../progression/progression.ts';
import { fileName } from '../rule-api/helpers.ts';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function valueCell(value: PlacedValue | undefined, regressed: Map<PlacedValue, string>): string {
  if (!value) return '—';
  const written = cell(value.field.value.replace(/\.$/, ''));
  if (!value.placement) return `${written} ❓ *not on the ${value.column.scaleName} scale*`;
  const below = regressed.get(value);
  // A step read from the ladder's own words is named by the value already: "Adopts (step 1 of 5)".
  const reading = value.placement.reading.startsWith(`${written}, `)
    ? value.placement.reading.slice(written.length + 2)
    : value.placement.reading;
  return `${written} <sub>(${reading})</sub>${below ? ` ⚠️ **${below}**` : ''}`;
}

/** One track as a Markdown table: levels down, scaled fields across, regressions marked. */
export function progressionTable(progression: TrackProgression): string {
  const regressed = new Map<PlacedValue, string>();
  for (const { value, against, side } of progression.regressions)
    regressed.set(value, `${side} ${against.page.level?.label ?? ''}`);
  // Without scaled fields, a level's sections (a YAML ladder's topics) say what it covers.
  const sectionsOnly = progression.columns.length === 0;
  const header = [
    'Level',
    'Page',
    ...(sectionsOnly ? ['Sections'] : progression.columns.map((column) => column.label)),
  ];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of progression.rows) {
    for (const page of row.pages) {
      const values = sectionsOnly
        ? [cell(page.sections.map((section) => section.name).join(', ')) || '—']
        : progression.columns.map((column) =>
            valueCell(
              progression.values.find((value) => value.page === page && value.column === column),
              regressed,
            ),
          );
      lines.push(`| ${row.level.label} | ${cell(fileName(page.path))} | ${values.join(' | ')} |`);
    }
  }
  const count = progression.regressions.length;
  const summary = sectionsOnly
    ? 'No field of these levels has a scale, so none is compared.'
    : count === 0
      ? 'No level asks for less than the level below.'
      : `${count} ${count === 1 ? 'value goes' : 'values go'} backwards (⚠️).`;
  return `### ${progression.track || '(top level)'}\n\n${lines.join('\n')}\n\n${summary}\n`;
}

/** Every track of the run, for `--format progression` and the Action's job summary. */
export function formatProgression(pages: PageOutline[], config: ResolvedConfig): string {
  const tracks = ladderProgression(pages, config);
  if (tracks.length === 0) return 'No level pages with scaled metadata were found.\n';
  return `## Progression by track\n\n${tracks.map(progressionTable).join('\n')}`;
}
