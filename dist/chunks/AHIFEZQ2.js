#!/usr/bin/env node
import {
  discoverFiles
} from "./NMCSVTAH.js";
import {
  misspellingsOf
} from "./I74RKO3P.js";
import {
  comparePlacements,
  place
} from "./UYEE65SK.js";
import "./COKCPPUW.js";
import {
  proseMask,
  spellableProse
} from "./PCFQXBNT.js";
import {
  readLadderFile
} from "./D5SU6RVC.js";
import {
  parseMarkdown
} from "./RD777UAU.js";
import {
  configFileNames,
  mergeConfig,
  presets,
  readText,
  unparseableReason
} from "./4CY6Z5UJ.js";
import "./DGFCTSDI.js";
import {
  bestTemplate
} from "./D4EKRLWE.js";
import "./J5HZSZD5.js";
import "./AUYJIZVL.js";
import "./IZPIUISF.js";
import {
  readYamlLadder
} from "./UI456VJZ.js";

// src/init/init.ts
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join, relative as relative2, resolve as resolve2 } from "node:path";

// src/init/build-config.ts
var schemaReference = "./node_modules/ladder-lint/schema.json";
function templateName(files, plan, taken) {
  const folder = files?.length === 1 ? /(?:^|\/)([^/]+)\/\*\*$/.exec(files[0] ?? "")?.[1] : void 0;
  const base = files === void 0 ? "level" : folder ?? `${plan.reading.preset}-level`;
  let name = base;
  for (let count = 2; taken.has(name); count++) name = `${base}-${count}`;
  taken.add(name);
  return name;
}
function addTemplate(plan, name, templates, scales) {
  if (!plan.template) return;
  const renamed = /* @__PURE__ */ new Map();
  for (const field of plan.fields?.fields ?? []) {
    if (!field.scale) continue;
    let scaleName2 = field.scale.name;
    if (scales[scaleName2]) scaleName2 = `${name}-${scaleName2}`;
    scales[scaleName2] = field.scale.spec;
    renamed.set(field.scale.name, scaleName2);
  }
  const fields = plan.template.metadata?.fields.map(
    (field) => field.scale ? { ...field, scale: renamed.get(field.scale) ?? field.scale } : field
  );
  templates[name] = fields ? { ...plan.template, metadata: { ...plan.template.metadata, fields } } : plan.template;
}
function ladderOf(plan, template, isOverride) {
  const { levels, tracks } = plan.reading.layout;
  const ladder = { levels, ...tracks === "folder" && !isOverride ? {} : { tracks } };
  const sources = plan.fields?.sources ?? [];
  if (sources.length > 0) ladder.fields = sources;
  if (template && plan.reading.preset !== "page-per-level") ladder.template = template;
  return ladder;
}
function buildConfig(plan) {
  const config = { $schema: schemaReference, extends: plan.main.reading.preset };
  const templates = {};
  const scales = {};
  const taken = /* @__PURE__ */ new Set();
  const main = plan.main.template ? templateName(void 0, plan.main, taken) : void 0;
  if (main) addTemplate(plan.main, main, templates, scales);
  const named = plan.overrides.map(({ files, plan: other }) => {
    const name = other.template ? templateName(files, other, taken) : void 0;
    if (name) addTemplate(other, name, templates, scales);
    return name;
  });
  if (plan.main.reading.preset !== "page-per-level") config.ladder = ladderOf(plan.main, main, false);
  const overrides = plan.overrides.map(({ files, plan: other }, index) => ({
    files,
    ladder: ladderOf(other, named[index], true)
  }));
  if (Object.keys(templates).length > 0) config.templates = templates;
  if (Object.keys(scales).length > 0) config.scales = scales;
  if (overrides.length > 0) config.overrides = overrides;
  if (plan.words.length > 0) config.spelling = { words: plan.words.map((entry) => entry.word) };
  return config;
}

// src/init/level-candidates.ts
import { toString as nodeText } from "mdast-util-to-string";
import { parse as parseYaml } from "yaml";
var romanPatterns = [
  String.raw`^(?<label>(?:Level\s)?(?<roman>[IVX]{1,5}))(?:\s*[-–—:]\s*(?<name>.*))?$`,
  String.raw`^(?<name>.*\S)\s+(?<label>(?<roman>[IVX]{1,5}))$`
];
var levelWords = [
  "Intern",
  "Apprentice",
  "Trainee",
  "Graduate",
  "Entry",
  "Associate",
  "Junior",
  "Mid",
  "Intermediate",
  "Senior",
  "Lead",
  "Staff",
  "Principal",
  "Distinguished",
  "Fellow"
];
var startsWithLevelWord = new RegExp(`^(${levelWords.join("|")})(?![\\p{L}\\d])`, "u");
var orderKeys = ["weight", "order", "level", "rank", "position", "nav_order", "sidebar_position"];
function levelNamesAt(files, depth) {
  const sequences = files.map((scanned) => {
    const names = [];
    for (const node of scanned.tree.children) {
      if (node.type !== "heading" || node.depth !== depth) continue;
      const word = startsWithLevelWord.exec(nodeText(node).trim())?.[1];
      if (word && !names.includes(word)) names.push(word);
    }
    return names;
  }).filter((names) => names.length >= 2).sort((a, b) => b.length - a.length);
  const order2 = [...sequences[0] ?? []];
  for (const word of new Set(sequences.flat())) {
    if (order2.includes(word)) continue;
    const rank = levelWords.indexOf(word);
    const before = order2.findIndex((other) => levelWords.indexOf(other) > rank);
    order2.splice(before === -1 ? order2.length : before, 0, word);
  }
  return order2;
}
function headingDepths(files) {
  const depths = /* @__PURE__ */ new Set();
  for (const scanned of files) {
    const counts2 = /* @__PURE__ */ new Map();
    for (const node of scanned.tree.children)
      if (node.type === "heading") counts2.set(node.depth, (counts2.get(node.depth) ?? 0) + 1);
    for (const [depth, count] of counts2) if (count >= 2) depths.add(depth);
  }
  return [...depths].sort((a, b) => a - b);
}
function headingCandidates(files) {
  return headingDepths(files).flatMap((depth) => {
    const names = levelNamesAt(files, depth);
    return [
      { in: "heading", depth },
      ...romanPatterns.map((pattern) => ({ in: "heading", depth, pattern })),
      ...names.length >= 2 ? [{ in: "heading", depth, names }] : []
    ];
  });
}
function frontMatterOf(tree) {
  const node = tree.children[0];
  if (node?.type !== "yaml") return void 0;
  try {
    const data = parseYaml(node.value);
    return data && typeof data === "object" && !Array.isArray(data) ? data : void 0;
  } catch {
    return void 0;
  }
}
function frontMatterCandidates(files) {
  const keys = /* @__PURE__ */ new Set();
  for (const scanned of files) {
    const data = frontMatterOf(scanned.tree);
    for (const key of orderKeys) if (typeof data?.[key] === "number") keys.add(key);
  }
  return orderKeys.filter((key) => keys.has(key)).map((key) => ({ in: "front-matter", key, titleKey: "title" }));
}

// src/init/detect-layout.ts
var presetOf = {
  page: "page-per-level",
  heading: "headings-per-level",
  "front-matter": "front-matter-pages",
  yaml: "yaml-framework"
};
var preference = [
  "page-per-level",
  "headings-per-level",
  "front-matter-pages",
  "yaml-framework"
];
var lookedFor = [
  'a level in file names or page titles ("L4-Lead-Engineer.md", "# L4: Lead Engineer")',
  'two or more level headings in one file ("## D3 - Developer 3", "## Level 2", "## Senior Engineer", "## Engineer II")',
  "pages whose front matter gives a number (weight, order, level, rank, position) and a title",
  "YAML front matter with topics[].content[].level"
];
function readAs(files, levels) {
  const tracks = levels.in === "heading" || levels.in === "yaml" ? "file" : "folder";
  const layout = { levels, tracks };
  const config = mergeConfig({ extends: presetOf[levels.in] }, "", []);
  const pages = /* @__PURE__ */ new Map();
  for (const scanned of files) {
    if (levels.in === "yaml" && !readYamlLadder(String(scanned.file.value))?.levels.length) continue;
    const read = readLadderFile(scanned.tree, scanned.file, scanned.path, config, layout).filter(
      (page) => page.kind === "level"
    );
    if (levels.in === "heading" && !holdsTrack(scanned, read, levels.depth ?? 2)) continue;
    if (read.length > 0) pages.set(scanned.path, read);
  }
  if (levels.in === "front-matter") dropLonePages(pages);
  const levelCount = [...pages.values()].reduce((sum, read) => sum + read.length, 0);
  return { preset: presetOf[levels.in], layout, pages, levelCount };
}
function holdsTrack(scanned, levels, depth) {
  const headings = scanned.tree.children.filter((node) => node.type === "heading" && node.depth === depth);
  return new Set(levels.map((page) => page.level?.label)).size >= 2 && levels.length * 2 > headings.length;
}
function dropLonePages(pages) {
  const perFolder = /* @__PURE__ */ new Map();
  for (const path of pages.keys()) perFolder.set(folderOf(path), (perFolder.get(folderOf(path)) ?? 0) + 1);
  for (const path of [...pages.keys()]) if ((perFolder.get(folderOf(path)) ?? 0) < 2) pages.delete(path);
}
function folderOf(path) {
  const index = path.lastIndexOf("/");
  return index === -1 ? "." : path.slice(0, index);
}
function bestReadings(files) {
  const candidates = [
    { in: "page" },
    ...headingCandidates(files),
    ...frontMatterCandidates(files),
    { in: "yaml" }
  ];
  const best = /* @__PURE__ */ new Map();
  for (const levels of candidates) {
    const reading = readAs(files, levels);
    const current = best.get(reading.preset);
    if (!current || reading.levelCount > current.levelCount) best.set(reading.preset, reading);
  }
  return preference.flatMap((preset) => {
    const reading = best.get(preset);
    return reading && reading.levelCount > 0 ? [reading] : [];
  });
}
function detectLayout(files) {
  const readings = bestReadings(files);
  const ranked = [...readings].sort((a, b) => b.levelCount - a.levelCount);
  const [main, runnerUp] = ranked;
  if (!main) return void 0;
  const undecided = [];
  if (runnerUp && runnerUp.levelCount === main.levelCount)
    undecided.push(
      `the layout: ${main.preset} and ${runnerUp.preset} both read ${main.levelCount} levels; chose ${main.preset}. If that is wrong, set "extends" to "${runnerUp.preset}".`
    );
  const claimed = new Set(main.pages.keys());
  const others = /* @__PURE__ */ new Map();
  for (const path of files.map((scanned) => scanned.path)) {
    if (claimed.has(path)) continue;
    const reader = ranked.filter((reading) => reading !== main && reading.pages.has(path)).sort((a, b) => (b.pages.get(path)?.length ?? 0) - (a.pages.get(path)?.length ?? 0))[0];
    if (!reader) continue;
    claimed.add(path);
    others.set(reader, [...others.get(reader) ?? [], path]);
  }
  return {
    main,
    others: [...others].map(([reading, paths]) => ({ files: paths, reading: only(reading, paths) })),
    otherPages: files.map((scanned) => scanned.path).filter((path) => !claimed.has(path)),
    undecided
  };
}
function only(reading, paths) {
  const pages = new Map([...reading.pages].filter(([path]) => paths.includes(path)));
  const levelCount = [...pages.values()].reduce((sum, read) => sum + read.length, 0);
  return { ...reading, pages, levelCount };
}
function overrideGlobs(group, mainPaths) {
  const main = [...mainPaths];
  const globs = [];
  for (const path of group) {
    const folder = folderOf(path);
    const clean = folder !== "." && !main.some((other) => other.startsWith(`${folder}/`));
    const glob = clean ? `${folder}/**` : path;
    if (!globs.includes(glob)) globs.push(glob);
  }
  return globs;
}

// src/init/ordinal-scales.ts
import { toString as nodeText2 } from "mdast-util-to-string";
function findOrdinalScales(files) {
  const scales = [];
  for (const { path, tree } of files) {
    const seen = /* @__PURE__ */ new Set();
    tree.children.forEach((node, index) => {
      if (node.type !== "heading") return;
      const heading = nodeText2(node).trim();
      if (seen.has(heading.toLocaleLowerCase("en"))) return;
      seen.add(heading.toLocaleLowerCase("en"));
      const list2 = listUnder(tree.children.slice(index + 1));
      if (!list2?.ordered || list2.children.length < 2 || !list2.children.every(startsBold)) return;
      const steps = list2.children.map((item) => nodeText2(item).split(":")[0]?.trim() ?? "");
      if (steps.every((step) => step !== "")) scales.push({ file: path, heading, steps });
    });
  }
  return scales;
}
function listUnder(nodes) {
  for (const node of nodes) {
    if (node.type === "heading") return void 0;
    if (node.type === "list") return node;
  }
  return void 0;
}
function startsBold(item) {
  const paragraph = item.children[0];
  return paragraph?.type === "paragraph" && paragraph.children[0]?.type === "strong";
}
function ranksOf(scale) {
  return scale.steps.map((step) => ({ name: step, phrases: [step] }));
}

// src/init/infer-fields.ts
var sourceOfForm = {
  step: "steps",
  table: "table",
  "label-line": "label-lines",
  list: "bullets",
  paragraph: "bullets"
};
var tried = ["steps", "table", "label-lines"];
function scaleName(label) {
  return label.toLocaleLowerCase("en").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
}
function inferFields(files, reading, ordinalScales) {
  const probe = probeConfig(reading, ordinalScales);
  const levels = [];
  for (const scanned of files) {
    if (!reading.pages.has(scanned.path)) continue;
    const pages = readLadderFile(scanned.tree, scanned.file, scanned.path, probe.config, probe.layout);
    levels.push(...pages.filter((page) => page.kind === "level"));
  }
  const byLabel = /* @__PURE__ */ new Map();
  for (const page of levels) {
    for (const field of page.metadata) {
      const key = field.label.toLocaleLowerCase("en");
      const entry = byLabel.get(key) ?? { label: field.label, form: field.form, values: /* @__PURE__ */ new Map() };
      if (!entry.values.has(page)) entry.values.set(page, field.value);
      byLabel.set(key, entry);
    }
  }
  const inference = {
    sources: [],
    fields: [],
    definedIn: /* @__PURE__ */ new Map(),
    partial: [],
    undecided: []
  };
  for (const { label, form, values } of byLabel.values()) {
    const source = sourceOfForm[form];
    if (!source) continue;
    const ordinal = source === "steps" ? ordinalScales.find((scale2) => scale2.heading === label) : void 0;
    if (!ordinal && values.size < levels.length) {
      inference.partial.push({ label, levels: values.size });
      continue;
    }
    const field = {
      spec: { label, required: values.size === levels.length },
      source,
      levels: values.size
    };
    const scale = ordinal ? stepScale(ordinal, values) : valueScale(label, values, inference.undecided);
    if (scale) {
      field.scale = { name: uniqueName(scaleName(label), inference.fields), spec: scale };
      field.spec.scale = field.scale.name;
    }
    if (ordinal) inference.definedIn.set(label, ordinal);
    inference.fields.push(field);
  }
  inference.fields.sort((a, b) => order(a, ordinalScales) - order(b, ordinalScales));
  for (const from of tried)
    if (inference.fields.some((field) => field.source === from)) inference.sources.push({ from });
  return inference;
}
function order(field, ordinalScales) {
  const index = ordinalScales.findIndex((scale) => scale.heading === field.spec.label);
  return index === -1 ? ordinalScales.length : index;
}
function uniqueName(name, taken) {
  const names = new Set(taken.map((field) => field.scale?.name));
  let unique = name || "field";
  for (let count = 2; names.has(unique); count++) unique = `${name}-${count}`;
  return unique;
}
function probeConfig(reading, ordinalScales) {
  const fields = ordinalScales.map((scale, index) => ({
    label: scale.heading,
    scale: `probe-${index}`
  }));
  const scales = Object.fromEntries(
    ordinalScales.map((scale, index) => [
      `probe-${index}`,
      { kind: "ranks", ranks: ranksOf(scale) }
    ])
  );
  const config = mergeConfig(
    { extends: reading.preset, templates: { probe: { metadata: { fields }, sections: [] } }, scales },
    "",
    []
  );
  const layout = {
    ...reading.layout,
    fields: tried.filter((from) => from !== "steps" || ordinalScales.length > 0).map((from) => ({ from })),
    template: "probe"
  };
  return { config, layout };
}
function stepScale(ordinal, values) {
  const ranks = { kind: "ranks", ranks: ranksOf(ordinal) };
  const direction = directionOf(values, ranks);
  return {
    kind: "ranks",
    noun: ordinal.heading.toLocaleLowerCase("en"),
    ...direction === "up" ? {} : { direction },
    ranksFrom: { file: ordinal.file, heading: ordinal.heading }
  };
}
function valueScale(label, values, undecided) {
  for (const kind of ["duration", "number"]) {
    const scale = { kind };
    if (![...values.values()].every((value) => place(value, scale) !== void 0)) continue;
    return { kind, noun: label.toLocaleLowerCase("en"), direction: directionOf(values, scale) };
  }
  const example = [...values.values()].find((value) => place(value, { kind: "number" }) === void 0) ?? "";
  undecided.push(
    `a scale for "${label}": values such as "${shorten(example)}" are neither lengths of time nor numbers, so it is listed without one. Add a scale of kind "ranks" if its values are steps.`
  );
  return void 0;
}
function shorten(text) {
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}
function directionOf(values, scale) {
  const tracks = /* @__PURE__ */ new Map();
  for (const [page, value] of values) {
    const placement = place(value, scale);
    if (!placement || !page.level) continue;
    const track = tracks.get(page.track) ?? [];
    track.push({ rank: page.level.rank, placement });
    tracks.set(page.track, track);
  }
  let rises = false;
  let falls = false;
  for (const track of tracks.values()) {
    track.sort((a, b) => a.rank - b.rank);
    for (let index = 1; index < track.length; index++) {
      const step = comparePlacements(
        track[index].placement,
        track[index - 1].placement
      );
      if (step > 0) rises = true;
      if (step < 0) falls = true;
    }
  }
  return falls ? rises ? "any" : "down" : "up";
}

// src/init/infer-sections.ts
function inferSections(levels, minimumDepth) {
  const seen = /* @__PURE__ */ new Map();
  for (const page of levels) {
    const sections = page.sections.filter((section) => section.depth >= minimumDepth && section.name !== "");
    const onPage = /* @__PURE__ */ new Set();
    sections.forEach((section, index) => {
      const key = section.name.toLocaleLowerCase("en");
      const entry = seen.get(key) ?? {
        name: section.name,
        depths: [],
        emoji: [],
        places: [],
        levels: 0,
        repeated: false
      };
      if (onPage.has(key)) {
        entry.repeated = true;
      } else {
        onPage.add(key);
        entry.levels += 1;
        entry.depths.push(section.depth);
        entry.emoji.push(section.emoji.raw);
        entry.places.push(sections.length > 1 ? index / (sections.length - 1) : 0);
      }
      seen.set(key, entry);
    });
  }
  const common = [...seen.values()].filter((entry) => entry.levels === levels.length && levels.length > 0);
  common.sort((a, b) => mean(a.places) - mean(b.places));
  return {
    sections: common.map(toSpec),
    partial: [...seen.values()].filter((entry) => entry.levels < levels.length).map((entry) => ({ name: entry.name, levels: entry.levels }))
  };
}
function toSpec(entry) {
  const spec = { name: entry.name, required: true, depth: mostCommon(entry.depths) };
  const [emoji] = new Set(entry.emoji);
  if (emoji && entry.emoji.every((raw) => raw === emoji)) spec.emoji = [emoji];
  if (entry.repeated) spec.repeatable = true;
  return spec;
}
function mean(values) {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
}
function mostCommon(values) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const value of values) counts2.set(value, (counts2.get(value) ?? 0) + 1);
  return [...counts2].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
}

// src/init/plan-layout.ts
function planLayout(files, reading, ordinalScales) {
  const levels = [...reading.pages.values()].flat();
  const levelsSpec = reading.layout.levels;
  switch (levelsSpec.in) {
    case "yaml":
      return { reading, undecided: [] };
    case "page": {
      const { templates } = presets["page-per-level"] ?? { templates: {} };
      const unfitPages = levels.filter((page) => !bestTemplate(templates, page));
      if (unfitPages.length === 0) return { reading, unfit: [], undecided: [] };
      const sections = inferSections(unfitPages, 2);
      const undecided = sections.sections.length > 0 ? [] : [
        `a template for the level pages that fit none of the built-in templates: they share no heading. Add one under "templates" if they should be checked for sections.`
      ];
      return {
        reading,
        sections,
        unfit: unfitPages.map((page) => page.path),
        undecided,
        ...sections.sections.length > 0 ? { template: { sections: sections.sections } } : {}
      };
    }
    case "heading":
    case "front-matter": {
      const fields = inferFields(files, reading, ordinalScales);
      const minimumDepth = levelsSpec.in === "heading" ? (levelsSpec.depth ?? 2) + 1 : 2;
      const sections = inferSections(levels, minimumDepth);
      const plan = { reading, fields, sections, undecided: fields.undecided };
      if (fields.fields.length > 0 || sections.sections.length > 0)
        plan.template = {
          ...fields.fields.length > 0 ? { metadata: { fields: fields.fields.map((field) => field.spec) } } : {},
          sections: sections.sections
        };
      return plan;
    }
  }
}

// src/init/propose-words.ts
import { resolve } from "node:path";
var perPage = 1e3;
var possessive = /['’]s$/u;
function startsSentence(mask, offset) {
  let index = offset - 1;
  while (index >= 0 && /[ \t"'“‘(*_]/u.test(mask[index] ?? "")) index--;
  return index < 0 || /[\0\n.!?:;]/u.test(mask[index] ?? "");
}
async function proposeWords(folder, files) {
  const { spelling } = mergeConfig(void 0, "", []);
  const answers = await Promise.all(
    files.map(({ path, tree, file }) => {
      const source = String(file.value);
      const prose = spellableProse(tree, source);
      return misspellingsOf(resolve(folder, path), spelling, prose, perPage).then((answer) => ({
        answer,
        mask: proseMask(tree, source)
      }));
    })
  );
  const words = /* @__PURE__ */ new Map();
  for (const { answer, mask } of answers) {
    for (const { word, offset } of answer.misspellings) {
      const form = word.replace(possessive, "");
      const key = form.toLocaleLowerCase("en");
      const entry = words.get(key) ?? { forms: /* @__PURE__ */ new Map(), count: 0, named: false };
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.count += 1;
      if (new RegExp("^\\p{Lu}", "u").test(form) && !startsSentence(mask, offset)) entry.named = true;
      words.set(key, entry);
    }
  }
  const proposed = [];
  const left = [];
  for (const { forms, count, named } of words.values()) {
    const capitalForms = [...forms].filter(([form]) => new RegExp("^\\p{Lu}", "u").test(form));
    const capitalUses = capitalForms.reduce((sum, [, uses]) => sum + uses, 0);
    const word = [...capitalForms.length > 0 ? capitalForms : forms].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)
    )[0]?.[0] ?? "";
    (named || capitalUses >= 3 ? proposed : left).push({ word, count });
  }
  const byUse = (a, b) => b.count - a.count || a.word.localeCompare(b.word, "en");
  return { proposed: proposed.sort(byUse), left: left.sort(byUse) };
}

// src/init/report.ts
function firstLevel(reading) {
  const levels = [...reading.pages.values()].flat();
  return levels.find((page) => page.title?.level) ?? levels[0];
}
function describeLayout(reading) {
  const levels = reading.layout.levels;
  const example = firstLevel(reading)?.title?.text ?? "";
  switch (levels.in) {
    case "page":
      return `page-per-level (a page per level, the level in its file name or title such as "${example}")`;
    case "heading": {
      const marks = `${"#".repeat(levels.depth ?? 2)} `;
      const kind = levels.names ? `, levels named ${levels.names.join(" < ")}` : levels.pattern ? ", levels in roman numerals" : "";
      return `headings-per-level (a file per track, each level a "${marks}" heading such as "${example}"${kind})`;
    }
    case "front-matter":
      return `front-matter-pages (a page per level, ordered by the front matter's "${levels.key}" and named by its "${levels.titleKey}" such as "${example}")`;
    case "yaml":
      return "yaml-framework (a file per track, its levels in the YAML front matter: topics, each with content per level)";
  }
}
var shownTracks = 8;
function describeLevels(reading) {
  const tracks = /* @__PURE__ */ new Map();
  for (const [path, pages] of reading.pages) {
    const track = reading.layout.tracks === "file" ? path : folderOf(path);
    tracks.set(track, [...tracks.get(track) ?? [], ...pages]);
  }
  const described = [...tracks].map(([track, pages]) => {
    const labels = pages.flatMap((page) => page.level ? [page.level] : []).sort((a, b) => a.rank - b.rank).map((level) => level.label);
    const first = labels[0] ?? "";
    const last = labels.at(-1) ?? "";
    const range = labels.length > 1 ? `${first}\u2013${shortLast(first, last)}` : first;
    return `${track === "." ? "(top folder)" : track} ${range}`;
  });
  const more = described.length > shownTracks ? `, and ${described.length - shownTracks} more` : "";
  return `Read ${plural(reading.levelCount, "level")} in ${plural(tracks.size, "track")}: ${described.slice(0, shownTracks).join(", ")}${more}.`;
}
function shortLast(first, last) {
  const prefix = /^\D+\s/.exec(first)?.[0];
  return prefix && last.startsWith(prefix) ? last.slice(prefix.length) : last;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function list(items, shown = 10) {
  const more = items.length > shown ? `, and ${items.length - shown} more` : "";
  return `${items.slice(0, shown).join(", ")}${more}`;
}
function describeField(field) {
  const scale = field.scale?.spec;
  if (field.source === "steps") return field.spec.label;
  if (!scale) return `${field.spec.label} (no scale)`;
  return `${field.spec.label} (${scale.kind}, ${scale.direction ?? "up"})`;
}
var sourceWords = {
  steps: "steps",
  table: "a table",
  "label-lines": '"Label: value" lines',
  bullets: '"- **Label**: value" bullets',
  "front-matter": "front matter",
  pattern: "a pattern"
};
function describePlan(plan) {
  const lines = [];
  const total = plan.reading.levelCount;
  if (plan.unfit !== void 0) {
    lines.push(
      plan.unfit.length === 0 ? "Templates: every level page fits one of the built-in templates." : `Templates: ${plural(plan.unfit.length, "level page")} fit none of the built-in templates (${list(plan.unfit, 5)}).`
    );
  }
  if (plan.fields) {
    const { fields, definedIn, partial } = plan.fields;
    if (fields.length === 0) lines.push("Fields: none on every level.");
    const steps = fields.filter((field) => field.source === "steps");
    if (steps.length > 0) {
      const files = [...new Set(steps.map((field) => definedIn.get(field.spec.label)?.file))].join(", ");
      lines.push(`Fields: ${steps.map(describeField).join(", ")} (steps defined in ${files}).`);
    }
    for (const source of ["table", "label-lines", "bullets"]) {
      const found = fields.filter((field) => field.source === source);
      if (found.length > 0)
        lines.push(
          `Fields: ${found.map(describeField).join(", ")} (from ${sourceWords[source]} on each level).`
        );
    }
    const partialSteps = steps.filter((field) => field.levels < total);
    if (partialSteps.length > 0)
      lines.push(
        `Optional fields (steps on some levels only): ${partialSteps.map((field) => `${field.spec.label} (${field.levels} of ${total})`).join(", ")}.`
      );
    if (partial.length > 0)
      lines.push(
        `Left out fields found on some levels only, which ladder-lint will report: ${list(partial.map((entry) => `${entry.label} (${entry.levels} of ${total})`))}.`
      );
  }
  if (plan.sections) {
    const levels = plan.unfit?.length || total;
    const { sections, partial } = plan.sections;
    lines.push(
      sections.length === 0 ? `Sections: no heading is on every ${plan.unfit?.length ? "one of those pages" : "level"}.` : `Sections on every ${plan.unfit?.length ? "one of those pages" : "level"}: ${sections.map((section) => section.name).join(", ")}.`
    );
    if (partial.length > 0)
      lines.push(
        `Left out headings found on some levels only, which ladder-lint will report: ${list(partial.map((entry) => `${entry.name} (${entry.levels} of ${levels})`))}.`
      );
  }
  return lines;
}
function counts(words, shown) {
  return list(
    words.map((entry) => `${entry.word} (${entry.count})`),
    shown
  );
}
function describeWords(words) {
  const lines = [
    words.proposed.length === 0 ? "Spelling: no words to propose; the dictionaries know the names the pages use." : `Spelling: proposed ${plural(words.proposed.length, "word")}: ${counts(words.proposed, Number.POSITIVE_INFINITY)}.`
  ];
  if (words.left.length > 0)
    lines.push(
      `Not proposed (in lower case, or used once or twice and only at the start of a sentence: more likely typos, which ladder-lint will report): ${counts(words.left, 10)}.`
    );
  return lines;
}
function describeRun({ detection, main, overrides, words, unreadable }) {
  const lines = [`Layout: ${describeLayout(detection.main)}.`];
  if (main.reading.preset === "page-per-level")
    lines.push(`It is the default: no layout settings were needed${overrides.length > 0 ? " for it" : ""}.`);
  lines.push(describeLevels(detection.main), ...describePlan(main));
  for (const { files, plan } of overrides) {
    lines.push(`Override for ${files.join(", ")}: ${describeLayout(plan.reading)}.`);
    lines.push(...[describeLevels(plan.reading), ...describePlan(plan)].map((line) => `  ${line}`));
  }
  if (detection.otherPages.length > 0)
    lines.push(`Other pages (no level in them): ${list(detection.otherPages)}.`);
  lines.push(...describeWords(words));
  for (const { path, problem } of unreadable) lines.push(`Could not read ${path}: ${problem}`);
  const undecided = [
    ...detection.undecided,
    ...main.undecided,
    ...overrides.flatMap(({ plan }) => plan.undecided)
  ];
  for (const item of undecided) lines.push(`Could not decide ${item}`);
  return lines;
}

// src/init/scan-folder.ts
import { relative, sep } from "node:path";
import { VFile } from "vfile";
async function scanFolder(folder) {
  const { files: found } = await discoverFiles(["."], folder, mergeConfig(void 0, "", []));
  const scan = { files: [], unreadable: [] };
  for (const { path: absolute } of found) {
    const path = relative(folder, absolute).split(sep).join("/");
    const read = await readText(absolute);
    const problem = read.ok ? unparseableReason(read.text) : read.problem;
    if (!read.ok || problem !== void 0) {
      scan.unreadable.push({ path, problem: problem ?? "it could not be read" });
      continue;
    }
    if (read.text.trim() === "") continue;
    const file = new VFile({ path, value: read.text, cwd: folder });
    scan.files.push({ path, file, tree: parseMarkdown(file) });
  }
  return scan;
}

// src/init/init.ts
var initConfigFile = ".ladderlintrc.json";
async function runInit(dir, options, io) {
  const folder = resolve2(io.cwd, dir);
  const shown = relative2(io.cwd, folder) || ".";
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    io.stderr(`ladder-lint init: "${dir}" is not a folder. Give the folder that holds the ladder.
`);
    return 2;
  }
  const target = join(folder, initConfigFile);
  const targetShown = shown === "." ? initConfigFile : `${shown}/${initConfigFile}`;
  if (existsSync(target) && !options.force) {
    io.stderr(
      `ladder-lint init: ${targetShown} already exists; nothing was written. Run "ladder-lint init${shown === "." ? "" : ` ${shown}`} --force" to replace it.
`
    );
    return 2;
  }
  const { files, unreadable } = await scanFolder(folder);
  const detection = detectLayout(files);
  if (!detection) {
    io.stderr(
      `ladder-lint init: found no level in ${plural(files.length, "Markdown page")} in ${shown}, so nothing was written. Looked for:
${lookedFor.map((item) => `  - ${item}
`).join("")}`
    );
    return 1;
  }
  const ordinalScales = findOrdinalScales(files);
  const main = planLayout(files, detection.main, ordinalScales);
  const overrides = detection.others.map(({ files: paths, reading }) => ({
    files: overrideGlobs(paths, detection.main.pages.keys()),
    plan: planLayout(files, reading, ordinalScales)
  }));
  const words = await proposeWords(folder, files);
  const config = buildConfig({ main, overrides, words: words.proposed });
  const lines = describeRun({ detection, main, overrides, words, unreadable });
  for (const name of configFileNames.filter((name2) => name2 !== initConfigFile && name2 !== "package.json"))
    if (existsSync(join(folder, name)))
      lines.push(`Note: ${name} is here too; ${initConfigFile} is read instead of it.`);
  writeFileSync(target, `${JSON.stringify(config, null, 2)}
`);
  lines.push(
    `Wrote ${targetShown}. Check it with: ladder-lint --format outline${shown === "." ? "" : ` ${shown}`}`
  );
  io.stdout(`${lines.join("\n")}
`);
  return 0;
}
export {
  initConfigFile,
  runInit
};
