#!/usr/bin/env node
import {
  trackProgression
} from "./LMRHD2SD.js";
import {
  comparePlacements,
  scaleHint
} from "./UYEE65SK.js";
import {
  fileName
} from "./H6E5BKS7.js";
import {
  defineTrackRule
} from "./SLYHWU2C.js";

// rules/ladder-progression.ts
import { VFileMessage } from "vfile-message";
function written(value) {
  return value.field.value.trim().replace(/\.$/, "");
}
function where(value) {
  const position = value.field.valuePosition ?? value.field.position;
  return `${fileName(value.page.path)}:${position.start.line}`;
}
var ladderProgression = defineTrackRule(
  {
    id: "ladder-progression",
    description: "From one level to the next, metadata such as planning horizon and impact radius never go backwards.",
    defaultSeverity: "error",
    scope: "track"
  },
  {
    check({ pages, config, report }) {
      const unit = config.ladder.levels.in === "page" ? "page" : "level";
      const track = pages[0]?.track ?? "";
      const progression = trackProgression(track, pages, config);
      for (const value of progression.values) {
        if (value.placement || !value.field.value.trim()) continue;
        const noun = value.column.scale.noun ?? value.column.label;
        report(
          value.page,
          `${value.field.label} "${written(value)}" could not be read onto the ${noun} scale, so it is not compared with the levels around it. ${scaleHint(value.column.scaleName, value.column.scale)}.`,
          { place: value.field.valuePosition ?? value.field.position }
        );
      }
      for (const { value, against, side, skipped } of progression.regressions) {
        const direction = value.column.scale.direction ?? "up";
        const order = comparePlacements(value.placement, against.placement);
        const comparison = value.column.scale.kind === "duration" ? order < 0 ? "shorter than" : "longer than" : order < 0 ? "lower than" : "higher than";
        const level = value.page.level?.label ?? "";
        const againstLevel = against.page.level?.label ?? "";
        const gap = skipped.length > 0 ? `, the nearest level ${side} (this track has no ${skipped.join(", ")} ${unit})` : side === "above" ? ", a higher level" : "";
        const fix = direction === "up" ? side === "below" ? "A higher level should not ask for less than the level below: raise this value." : "A lower level should not ask for more than the levels above it: lower this value." : side === "below" ? "This value may only go down from one level to the next: lower this value." : "This value may only go down from one level to the next: raise this value.";
        const reason = `${value.field.label} "${written(value)}" (${level}) is ${comparison} "${written(against)}" at ${againstLevel}${gap} (${where(against)}). ${fix}`;
        const cause = new VFileMessage(
          `${against.column.label} at ${againstLevel} is "${against.field.value.trim()}"`,
          {
            place: against.field.valuePosition ?? against.field.position,
            ruleId: "ladder-progression",
            source: "ladder-lint"
          }
        );
        cause.file = against.page.path;
        report(value.page, reason, {
          place: value.field.valuePosition ?? value.field.position,
          cause,
          key: `${value.field.label}: ${written(value)}`
        });
      }
    }
  }
);
var ladder_progression_default = ladderProgression;

export {
  ladder_progression_default
};
