#!/usr/bin/env node

// src/rule-api/helpers.ts
function headingFor(spec, section) {
  const emoji = spec.emoji?.find((candidate) => !candidate.startsWith(":")) ?? spec.emoji?.[0];
  return `${"#".repeat(spec.depth ?? 2)} ${emoji ? `${emoji} ` : ""}${section?.name ?? spec.name}`;
}
function headingOf(section) {
  return `${"#".repeat(section.depth)} ${section.emoji.raw ? `${section.emoji.raw} ` : ""}${section.name}`;
}
function fileName(path) {
  return path.split("/").pop() ?? path;
}
function withExtras(message, extras) {
  return Object.assign(message, extras);
}

export {
  headingFor,
  headingOf,
  fileName,
  withExtras
};
