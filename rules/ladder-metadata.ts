/**
 * ladder-metadata: the metadata bullets a template asks for (planning horizon, impact radius, …)
 * are there, in order, once each, filled in and labelled as the template labels them. `--fix`
 * renames a label written another way to the template's.
 * Docs and examples: docs/rules/ladder-metadata.md.
 */
import type { FieldSpec } from '../src/config/types.ts';
import { attachFix, type Fix, fixOf } from '../src/findings/fix.ts';
import type { MetadataField } from '../src/model/ladder-page.ts';
import { sameWords } from '../src/model/template-match.ts';
import type { VFile } from 'vfile';
import { type LevelContext, ladderContext } from '../src/rule-api/context.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

function isAllowedExtra(label: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) =>
    pattern.endsWith('*')
      ? label.toLocaleLowerCase('en').startsWith(pattern.slice(0, -1).toLocaleLowerCase('en'))
      : sameWords(pattern, label),
  );
}

const ladderMetadata = definePageRule(
  {
    id: 'ladder-metadata',
    description: 'A page has the metadata bullets its template asks for, once each.',
    defaultSeverity: 'error',
    scope: 'page',
    fixable: true,
  },
  (tree, file) => {
    for (const level of ladderContext(tree, file).levels) checkMetadata(level, file);
  },
);

/**
 * The label's own words in the page (inside `**…**`, before any colon), replaced by `label`;
 * none when the label is not written there as plain text (a front-matter key, inner markup).
 */
function relabel(source: string, field: MetadataField, label: string): Fix | undefined {
  const start = field.labelPosition.start.offset;
  const end = field.labelPosition.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const written = source.slice(start, end);
  const marker = written.slice(0, 2);
  if ((marker !== '**' && marker !== '__') || !written.endsWith(marker)) return undefined;
  const inside = written.slice(2, -2);
  const at = inside.indexOf(field.label);
  // Only spaces before the label, and a colon and spaces after it.
  if (at < 0 || inside.slice(0, at).trim() !== '') return undefined;
  if (!/^:?$/.test(inside.slice(at + field.label.length).trim())) return undefined;
  const from = start + 2 + at;
  return fixOf(source, [from, from + field.label.length], label, field.label);
}

function checkMetadata({ page, template }: LevelContext, file: VFile): void {
  const specs = template?.metadata?.fields;
  if (page.kind !== 'level' || !template?.metadata || !specs || specs.length === 0) return;
  const example = (spec: FieldSpec) => `- **${spec.label}**: …`;

  if (page.metadata.length === 0) {
    const required = specs.filter((spec) => spec.required !== false);
    if (required.length === 0) return;
    file.message(
      `The metadata bullets are missing. Add them under the summary: ${required.map((spec) => `"${example(spec)}"`).join(', ')}.`,
      { place: page.summary?.position ?? page.title?.position ?? { line: 1, column: 1 } },
    );
    return;
  }

  const firstParagraphField = page.metadata.find((field) => field.form === 'paragraph');
  if (firstParagraphField) {
    file.message(
      `The metadata lines are not a list, so GitHub runs them together into one paragraph. Start each line with "- ", as in "- **${firstParagraphField.label}**: ${firstParagraphField.value}".`,
      { place: firstParagraphField.position },
    );
  }

  const matched = new Map<FieldSpec, MetadataField>();
  let lastIndex = -1;
  let lastField: MetadataField | undefined;
  for (const field of page.metadata) {
    const spec = specs.find(
      (candidate) =>
        sameWords(candidate.label, field.label) ||
        candidate.aliases?.some((alias) => sameWords(alias, field.label)),
    );
    if (!spec) {
      if (!isAllowedExtra(field.label, template.metadata.allowExtra ?? [])) {
        file.message(
          `"${field.label}" is not one of the metadata fields of this page's template (${specs.map((candidate) => `"${candidate.label}"`).join(', ')}). Rename it to one of them, or remove it.`,
          { place: field.labelPosition },
        );
      }
      continue;
    }
    const earlier = matched.get(spec);
    if (earlier) {
      file.message(
        `"${field.label}" is given twice (first on line ${earlier.position.start.line}). Keep one.`,
        { place: field.labelPosition },
      );
      continue;
    }
    matched.set(spec, field);
    const index = specs.indexOf(spec);
    if (index < lastIndex && lastField) {
      file.message(
        `"${field.label}" should come before "${lastField.label}", in the order ${specs.map((candidate) => `"${candidate.label}"`).join(', ')}.`,
        { place: field.labelPosition },
      );
    } else {
      lastIndex = index;
      lastField = field;
    }
    if (!sameWords(spec.label, field.label) && !spec.acceptAliases) {
      const message = file.message(
        `"${field.label}" is another name for "${spec.label}". Use "${spec.label}", as the template and the other pages do.`,
        { place: field.labelPosition },
      );
      message.expected = [spec.label];
      attachFix(message, relabel(String(file.value), field, spec.label));
    }
    if (field.value.replace(/[.\s]/g, '') === '') {
      file.message(`"${field.label}" has no value. Fill it in, or remove the line if it does not apply.`, {
        place: field.position,
      });
      continue;
    }
    const repeated = [spec.label, field.label, ...(spec.aliases ?? [])].find((label) =>
      field.value.toLocaleLowerCase('en').startsWith(`${label.toLocaleLowerCase('en')}:`),
    );
    if (repeated) {
      const fixed = field.value.slice(repeated.length + 1).trim();
      const message = file.message(
        `The value repeats its label: "${field.value}". Remove the second "${field.value.slice(0, repeated.length)}:" so it reads "${fixed}".`,
        { place: field.valuePosition ?? field.position },
      );
      message.expected = [fixed];
    }
  }

  for (const spec of specs) {
    if (spec.required === false || matched.has(spec)) continue;
    file.message(
      `The "${spec.label}" field is missing. Add "${example(spec)}" with the other metadata bullets.`,
      {
        place: page.metadata.at(-1)?.position ?? page.title?.position ?? { line: 1, column: 1 },
      },
    );
  }
}

export default ladderMetadata;
