/**
 * ladder-progression: from one level to the next in a track, planning horizon, impact radius,
 * evaluator and autonomy never go backwards. Values are read onto the scales of the config; a
 * value that fits no scale is reported rather than skipped. Docs: docs/rules/ladder-progression.md.
 */
import { VFileMessage } from 'vfile-message';
import { type PlacedValue, trackProgression } from '../src/progression/progression.ts';
import { scaleHint } from '../src/progression/scales.ts';
import { fileName } from '../src/rule-api/helpers.ts';
import { defineTrackRule } from '../src/rule-api/define-rule.ts';

/** The value as written, without the full stop most pages end it with. */
function written(value: PlacedValue): string {
  return value.field.value.trim().replace(/\.$/, '');
}

function where(value: PlacedValue): string {
  const position = value.field.valuePosition ?? value.field.position;
  return `${fileName(value.page.path)}:${position.start.line}`;
}

const ladderProgression = defineTrackRule(
  {
    id: 'ladder-progression',
    description:
      'From one level to the next, metadata such as planning horizon and impact radius never go backwards.',
    defaultSeverity: 'error',
    scope: 'track',
  },
  {
    check({ pages, config, report }) {
      // A level is a page in the page-per-level layout, a heading or a YAML entry in the others.
      const unit = config.ladder.levels.in === 'page' ? 'page' : 'level';
      const track = pages[0]?.track ?? '';
      const progression = trackProgression(track, pages, config);
      for (const value of progression.values) {
        if (value.placement || !value.field.value.trim()) continue;
        const noun = value.column.scale.noun ?? value.column.label;
        report(
          value.page,
          `${value.field.label} "${written(value)}" could not be read onto the ${noun} scale, so it is not compared with the levels around it. ${scaleHint(value.column.scaleName, value.column.scale)}.`,
          { place: value.field.valuePosition ?? value.field.position },
        );
      }
      for (const { higher, lower, skipped } of progression.regressions) {
        const direction = higher.column.scale.direction ?? 'up';
        const comparison =
          higher.column.scale.kind === 'duration'
            ? direction === 'up'
              ? 'shorter than'
              : 'longer than'
            : direction === 'up'
              ? 'lower than'
              : 'higher than';
        const higherLevel = higher.page.level?.label ?? '';
        const lowerLevel = lower.page.level?.label ?? '';
        const gap =
          skipped.length > 0
            ? `, the nearest level below (this track has no ${skipped.join(', ')} ${unit})`
            : '';
        const fix =
          direction === 'up'
            ? `A higher level should not ask for less than the level below: raise this value, or correct the ${lowerLevel} ${unit}.`
            : `This value may only go down from one level to the next: lower it, or correct the ${lowerLevel} ${unit}.`;
        const reason = `${higher.field.label} "${written(higher)}" (${higherLevel}) is ${comparison} "${written(lower)}" at ${lowerLevel}${gap} (${where(lower)}). ${fix}`;
        const lowerPosition = lower.field.valuePosition ?? lower.field.position;
        const cause = new VFileMessage(
          `${higher.column.label} at ${lowerLevel} is "${lower.field.value.trim()}"`,
          {
            place: lowerPosition,
            ruleId: 'ladder-progression',
            source: 'ladder-lint',
          },
        );
        cause.file = lower.page.path;
        report(higher.page, reason, { place: higher.field.valuePosition ?? higher.field.position, cause });
      }
    },
  },
);

export default ladderProgression;
