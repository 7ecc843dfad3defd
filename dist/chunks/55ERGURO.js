#!/usr/bin/env node
import {
  attachFix,
  fixOf
} from "./A7GFOY4H.js";
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  sameWords
} from "./D4EKRLWE.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-metadata.ts
function isAllowedExtra(label, allowed) {
  return allowed.some(
    (pattern) => pattern.endsWith("*") ? label.toLocaleLowerCase("en").startsWith(pattern.slice(0, -1).toLocaleLowerCase("en")) : sameWords(pattern, label)
  );
}
var ladderMetadata = definePageRule(
  {
    id: "ladder-metadata",
    description: "A page has the metadata bullets its template asks for, once each.",
    defaultSeverity: "error",
    scope: "page",
    fixable: true
  },
  (tree, file) => {
    for (const level of ladderContext(tree, file).levels) checkMetadata(level, file);
  }
);
function relabel(source, field, label) {
  const start = field.labelPosition.start.offset;
  const end = field.labelPosition.end.offset;
  if (start === void 0 || end === void 0) return void 0;
  const written = source.slice(start, end);
  const marker = written.slice(0, 2);
  if (marker !== "**" && marker !== "__" || !written.endsWith(marker)) return void 0;
  const inside = written.slice(2, -2);
  const at = inside.indexOf(field.label);
  if (at < 0 || inside.slice(0, at).trim() !== "") return void 0;
  if (!/^:?$/.test(inside.slice(at + field.label.length).trim())) return void 0;
  const from = start + 2 + at;
  return fixOf(source, [from, from + field.label.length], label, field.label);
}
function checkMetadata({ page, template }, file) {
  const specs = template?.metadata?.fields;
  if (page.kind !== "level" || !template?.metadata || !specs || specs.length === 0) return;
  const example = (spec) => `- **${spec.label}**: \u2026`;
  if (page.metadata.length === 0) {
    const required = specs.filter((spec) => spec.required !== false);
    if (required.length === 0) return;
    file.message(
      `The metadata bullets are missing. Add them under the summary: ${required.map((spec) => `"${example(spec)}"`).join(", ")}.`,
      { place: page.summary?.position ?? page.title?.position ?? { line: 1, column: 1 } }
    );
    return;
  }
  const firstParagraphField = page.metadata.find((field) => field.form === "paragraph");
  if (firstParagraphField) {
    file.message(
      `The metadata lines are not a list, so GitHub runs them together into one paragraph. Start each line with "- ", as in "- **${firstParagraphField.label}**: ${firstParagraphField.value}".`,
      { place: firstParagraphField.position }
    );
  }
  const matched = /* @__PURE__ */ new Map();
  let lastIndex = -1;
  let lastField;
  for (const field of page.metadata) {
    const spec = specs.find(
      (candidate) => sameWords(candidate.label, field.label) || candidate.aliases?.some((alias) => sameWords(alias, field.label))
    );
    if (!spec) {
      if (!isAllowedExtra(field.label, template.metadata.allowExtra ?? [])) {
        file.message(
          `"${field.label}" is not one of the metadata fields of this page's template (${specs.map((candidate) => `"${candidate.label}"`).join(", ")}). Rename it to one of them, or remove it.`,
          { place: field.labelPosition }
        );
      }
      continue;
    }
    const earlier = matched.get(spec);
    if (earlier) {
      file.message(
        `"${field.label}" is given twice (first on line ${earlier.position.start.line}). Keep one.`,
        { place: field.labelPosition }
      );
      continue;
    }
    matched.set(spec, field);
    const index = specs.indexOf(spec);
    if (index < lastIndex && lastField) {
      file.message(
        `"${field.label}" should come before "${lastField.label}", in the order ${specs.map((candidate) => `"${candidate.label}"`).join(", ")}.`,
        { place: field.labelPosition }
      );
    } else {
      lastIndex = index;
      lastField = field;
    }
    if (!sameWords(spec.label, field.label) && !spec.acceptAliases) {
      const message = file.message(
        `"${field.label}" is another name for "${spec.label}". Use "${spec.label}", as the template and the other pages do.`,
        { place: field.labelPosition }
      );
      message.expected = [spec.label];
      attachFix(message, relabel(String(file.value), field, spec.label));
    }
    if (field.value.replace(/[.\s]/g, "") === "") {
      file.message(`"${field.label}" has no value. Fill it in, or remove the line if it does not apply.`, {
        place: field.position
      });
      continue;
    }
    const repeated = [spec.label, field.label, ...spec.aliases ?? []].find(
      (label) => field.value.toLocaleLowerCase("en").startsWith(`${label.toLocaleLowerCase("en")}:`)
    );
    if (repeated) {
      const fixed = field.value.slice(repeated.length + 1).trim();
      const message = file.message(
        `The value repeats its label: "${field.value}". Remove the second "${field.value.slice(0, repeated.length)}:" so it reads "${fixed}".`,
        { place: field.valuePosition ?? field.position }
      );
      message.expected = [fixed];
    }
  }
  for (const spec of specs) {
    if (spec.required === false || matched.has(spec)) continue;
    file.message(
      `The "${spec.label}" field is missing. Add "${example(spec)}" with the other metadata bullets.`,
      {
        place: page.metadata.at(-1)?.position ?? page.title?.position ?? { line: 1, column: 1 }
      }
    );
  }
}
var ladder_metadata_default = ladderMetadata;

export {
  ladder_metadata_default
};
