/**
 * ladder-progression: from one level to the next in a track, planning horizon, impact radius,
 * evaluator and autonomy never go backwards. Values are read onto the scales of the config; a
 * value that fits no scale is reported rather than skipped. Docs: docs/rules/ladder-progression.md.
 */
import { VFileMessage } from 'vfile-message';
import { type PlacedValue, trackProgression } from '../src/progression/progression.ts';
import { comparePlacements, type Placement, scaleHint } from '../src/progression/scales.ts';
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
      for (const { value, against, side, skipped } of progression.regressions) {
        const direction = value.column.scale.direction ?? 'up';
        const order = comparePlacements(value.placement as Placement, against.placement as Placement);
        const comparison =
          value.column.scale.kind === 'duration'
            ? order < 0
              ? 'shorter than'
              : 'longer than'
            : order < 0
              ? 'lower than'
              : 'higher than';
        const level = value.page.level?.label ?? '';
        const againstLevel = against.page.level?.label ?? '';
        const gap =
          skipped.length > 0
            ? `, the nearest level ${side} (this track has no ${skipped.join(', ')} ${unit})`
            : side === 'above'
              ? ', a higher level'
              : '';
        // The levels around agree with each other, not with this value: it is the one to change.
        const fix =
          direction === 'up'
            ? side === 'below'
              ? 'A higher level should not ask for less than the level below: raise this value.'
              : 'A lower level should not ask for more than the levels above it: lower this value.'
            : side === 'below'
              ? 'This value may only go down from one level to the next: lower this value.'
              : 'This value may only go down from one level to the next: raise this value.';
        const reason = `${value.field.label} "${written(value)}" (${level}) is ${comparison} "${written(against)}" at ${againstLevel}${gap} (${where(against)}). ${fix}`;
        const cause = new VFileMessage(
          `${against.column.label} at ${againstLevel} is "${against.field.value.trim()}"`,
          {
            place: against.field.valuePosition ?? against.field.position,
            ruleId: 'ladder-progression',
            source: 'ladder-lint',
          },
        );
        cause.file = against.page.path;
        report(value.page, reason, {
          place: value.field.valuePosition ?? value.field.position,
          cause,
          key: `${value.field.label}: ${written(value)}`,
        });
      }
    },
  },
);

export default ladderProgression;
