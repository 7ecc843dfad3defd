/**
 * ladder-track-consistency: the pages of one track write each metadata label and section heading
 * the same way (`Planning horizon` on every page, not `Planning Horizon` on one). The variant most
 * pages use is taken as right. Docs and examples: docs/rules/ladder-track-consistency.md.
 */
import type { Position } from 'unist';
import type { PageOutline } from '../src/model/ladder-page.ts';
import { sameWords, sectionMatches } from '../src/model/template-match.ts';
import type { TrackRuleContext } from '../src/rule-api/track-context.ts';
import { defineTrackRule } from '../src/rule-api/define-rule.ts';

interface Usage {
  page: PageOutline;
  text: string;
  place: Position;
}

const ladderTrackConsistency = defineTrackRule(
  {
    id: 'ladder-track-consistency',
    description: 'The pages of a track write metadata labels and section headings the same way.',
    defaultSeverity: 'warn',
    scope: 'track',
  },
  {
    check(context) {
      const levels = context.pages.filter((page) => page.kind === 'level');
      if (levels.length < 2) return;
      const templates = context.config.templates;
      const labels = new Map<string, Usage[]>();
      const headings = new Map<string, Usage[]>();
      for (const page of levels) {
        for (const field of page.metadata) {
          const key = field.label.toLocaleLowerCase('en');
          labels.set(key, [
            ...(labels.get(key) ?? []),
            { page, text: field.label, place: field.labelPosition },
          ]);
        }
        for (const section of page.sections) {
          const spec = Object.values(templates)
            .flatMap((template) => template.sections)
            .find((candidate) => sectionMatches(candidate, section));
          // Headings that match by pattern (`… Success`, `I …`) are meant to differ.
          if (
            !spec ||
            !(
              sameWords(spec.name, section.name) ||
              spec.aliases?.some((alias) => sameWords(alias, section.name))
            )
          )
            continue;
          const key = section.name.toLocaleLowerCase('en');
          headings.set(key, [
            ...(headings.get(key) ?? []),
            { page, text: section.name, place: section.position },
          ]);
        }
      }
      for (const usages of labels.values()) flagMinority(usages, 'metadata label', context);
      for (const usages of headings.values()) flagMinority(usages, 'heading', context);
    },
  },
);

function flagMinority(usages: Usage[], what: string, { report }: TrackRuleContext): void {
  const counts = new Map<string, number>();
  for (const usage of usages) counts.set(usage.text, (counts.get(usage.text) ?? 0) + 1);
  if (counts.size < 2) return;
  const [majority, majorityCount] =
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (majority === undefined || majorityCount === undefined) return;
  // With a tie there is no majority to follow: report on every page but the first in level order.
  for (const usage of usages) {
    if (usage.text === majority) continue;
    const others = usages.filter((other) => other.text === majority).map((other) => levelOf(other.page));
    report(
      usage.page,
      `This ${what} is written "${usage.text}", but ${others.join(', ')} of this track write${others.length === 1 ? 's' : ''} "${majority}". Write it the same way on every page.`,
      { place: usage.place, expected: [majority] },
    );
  }
}

function levelOf(page: PageOutline): string {
  return page.level?.label ?? page.path;
}

export default ladderTrackConsistency;
