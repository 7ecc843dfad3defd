import {
  ladder_spelling_default
} from "./chunks/rules-V76DWKUD.js";
import {
  ladder_summary_default
} from "./chunks/rules-ZTYIJ5QN.js";
import {
  ladder_title_default
} from "./chunks/rules-FBCXH447.js";
import {
  ladder_track_consistency_default
} from "./chunks/rules-4N7IMQTD.js";
import {
  ladder_track_index_default
} from "./chunks/rules-ZHS6C3KZ.js";
import {
  ladder_typography_default
} from "./chunks/rules-UATCEXC3.js";
import {
  ladder_lost_list_marker_default
} from "./chunks/rules-O4UISPGX.js";
import {
  ladder_metadata_default
} from "./chunks/rules-ROPA74QV.js";
import {
  ladder_mixed_spelling_default
} from "./chunks/rules-FA2X5W5W.js";
import "./chunks/rules-CVZRXT37.js";
import {
  ladder_mojibake_default
} from "./chunks/rules-GHN66UHZ.js";
import {
  ladder_placeholder_default
} from "./chunks/rules-WDOULYI7.js";
import {
  ladder_progression_default
} from "./chunks/rules-WZUEJGBU.js";
import {
  ladder_section_content_default
} from "./chunks/rules-VYRXUTDA.js";
import {
  ladder_sections_default
} from "./chunks/rules-X6E62OWR.js";
import "./chunks/rules-PES74AM2.js";
import {
  ladder_doubled_word_default
} from "./chunks/rules-52E3RJW6.js";
import {
  ladder_emoji_style_default
} from "./chunks/rules-XVB5W5QF.js";
import {
  ladder_front_matter_default
} from "./chunks/rules-EQAAFVNV.js";
import {
  ladder_grammar_default
} from "./chunks/rules-Q7YSWRJY.js";
import "./chunks/rules-2YQEMSZZ.js";
import {
  ladder_heading_style_default
} from "./chunks/rules-JQVWHPDA.js";
import {
  ladder_level_order_default
} from "./chunks/rules-DZV3SGF7.js";
import {
  ladder_links_default
} from "./chunks/rules-K6DFZRVF.js";
import "./chunks/rules-TXU7IIGG.js";
import {
  linkedPages,
  loadConfig,
  makeContext,
  mergeLayout,
  readLadderFile,
  registerRuleDefaults
} from "./chunks/rules-GLEBKOSO.js";
import {
  safePattern
} from "./chunks/rules-OAYSFFCN.js";
import "./chunks/rules-G42G2N72.js";
import "./chunks/rules-TZPQUP5U.js";
import {
  isPageRule
} from "./chunks/rules-KJD4ZCKK.js";

// src/remark-preset.ts
import { dirname as dirname2, relative as relative2, resolve as resolve2 } from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";

// src/engine/lint.ts
import { dirname, relative, resolve, sep } from "node:path";
import picomatch2 from "picomatch";
import { unified } from "unified";
import { VFile } from "vfile";
import { VFileMessage } from "vfile-message";

// src/rule-api/rule-list.ts
var ruleList = [ladder_doubled_word_default, ladder_emoji_style_default, ladder_front_matter_default, ladder_grammar_default, ladder_heading_style_default, ladder_level_order_default, ladder_links_default, ladder_lost_list_marker_default, ladder_metadata_default, ladder_mixed_spelling_default, ladder_mojibake_default, ladder_placeholder_default, ladder_progression_default, ladder_section_content_default, ladder_sections_default, ladder_spelling_default, ladder_summary_default, ladder_title_default, ladder_track_consistency_default, ladder_track_index_default, ladder_typography_default];

// src/rule-api/registry.ts
var allRules = ruleList;
var pageRules = allRules.filter(isPageRule);
var trackRules = allRules.filter((rule) => !isPageRule(rule));
var ruleNames = allRules.map((rule) => rule.meta.id);
var ruleMetas = allRules.map((rule) => rule.meta);
var ruleCatalog = allRules.map(
  ({ meta }) => ({ name: meta.id, description: meta.description, url: meta.url })
);
function defaultRuleSettings() {
  return Object.fromEntries(allRules.map(({ meta }) => [meta.id, meta.defaultSeverity]));
}
registerRuleDefaults(defaultRuleSettings());

// src/engine/discover.ts
import ignore from "ignore";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
var maximumIgnoreFileBytes = 1024 * 1024;

// src/engine/lint.ts
var engineRuleIds = {
  unreadable: "file-unreadable",
  missing: "path-not-found",
  empty: "empty-page",
  internal: "internal-error",
  noLevels: "no-levels-found"
};
var engineRuleDescriptions = {
  [engineRuleIds.unreadable]: "A file that should be a page could not be read as Markdown text.",
  [engineRuleIds.missing]: "A path or pattern given to ladder-lint matched nothing.",
  [engineRuleIds.empty]: "A page has no content.",
  [engineRuleIds.internal]: "ladder-lint itself failed while checking a file.",
  [engineRuleIds.noLevels]: "No level of a career ladder was found in the files checked."
};
var fatalRuleIds = /* @__PURE__ */ new Set([
  engineRuleIds.unreadable,
  engineRuleIds.missing,
  engineRuleIds.internal
]);
function toPosix(path) {
  return path.split(sep).join("/");
}
var overrideMatchers = /* @__PURE__ */ new Map();
function overrideMatcher(files) {
  const key = files.join("\0");
  let matcher = overrideMatchers.get(key);
  if (!matcher) {
    matcher = picomatch2(files, { dot: true });
    overrideMatchers.set(key, matcher);
  }
  return matcher;
}
var rulesByOverrides = /* @__PURE__ */ new WeakMap();
function settingsFor(absolutePath, cwd, config) {
  const matched = [];
  config.overrides.forEach((override, index) => {
    const root = override.base || cwd;
    const relativePath = toPosix(relative(root, absolutePath));
    const candidates = override.base ? [relativePath] : [relativePath, toPosix(absolutePath).replace(/^\//, "")];
    const matches = overrideMatcher(override.files);
    if (candidates.some((candidate) => !candidate.startsWith("..") && matches(candidate)))
      matched.push(index);
  });
  const overrides = matched.map((index) => config.overrides[index]);
  const template = overrides.findLast((override) => override.template)?.template;
  const ladder = overrides.reduce(
    (layout, override) => override.ladder ? layoutOver(layout, override.ladder) : layout,
    config.ladder
  );
  const byOverrides = rulesByOverrides.get(config) ?? /* @__PURE__ */ new Map();
  rulesByOverrides.set(config, byOverrides);
  const key = matched.join(",");
  let rules = byOverrides.get(key);
  if (!rules) {
    rules = Object.assign({}, config.rules, ...overrides.map((override) => override.rules ?? {}));
    byOverrides.set(key, rules);
  }
  return { rules, template, ladder };
}
var layoutsOver = /* @__PURE__ */ new WeakMap();
function layoutOver(base, over) {
  const byOver = layoutsOver.get(base) ?? /* @__PURE__ */ new WeakMap();
  layoutsOver.set(base, byOver);
  let layout = byOver.get(over);
  if (!layout) {
    layout = mergeLayout(base, over);
    byOver.set(over, layout);
  }
  return layout;
}
function trackFor(page, absolutePath, cwd, config) {
  for (const track of config.tracks) {
    const relativePath = toPosix(relative(track.base || cwd, absolutePath));
    if (track.files && !relativePath.startsWith("..") && overrideMatcher(track.files)(relativePath))
      return track.name;
    if (track.title && page.title && safePattern(track.title).test(page.title.name)) return track.name;
  }
  return void 0;
}
var processors = /* @__PURE__ */ new WeakMap();
function processorFor(rules) {
  let processor = processors.get(rules);
  if (!processor) {
    processor = unified();
    for (const rule of pageRules) {
      const setting = rules[rule.meta.id];
      const severity = severityOf(setting);
      if (severity > 0) processor.use(rule, [severity, optionsOf(setting)]);
    }
    processors.set(rules, processor);
  }
  return processor;
}
function severityOf(setting) {
  const label = Array.isArray(setting) ? setting[0] : setting;
  return label === "error" ? 2 : label === "warn" ? 1 : 0;
}
function optionsOf(setting) {
  return Array.isArray(setting) ? setting[1] : void 0;
}

// src/remark-preset.ts
var rulesRemarkCannotRun = trackRules.map((rule) => rule.meta.id);
var configs = /* @__PURE__ */ new Map();
function configFor(file, options) {
  const cwd = file.cwd || process.cwd();
  const key = options.config ? resolve2(cwd, options.config) : dirname2(resolve2(cwd, file.path || "page.md"));
  let config = configs.get(key);
  if (!config) {
    config = loadConfig({
      searchFrom: key,
      knownRules: ruleMetas,
      ...options.config ? { configFile: key } : {}
    });
    configs.set(key, config);
  }
  return config;
}
var linked = linkedPages();
var remarkLadderLint = (options = {}) => {
  return async (tree, file) => {
    const config = await configFor(file, options);
    const cwd = file.cwd || process.cwd();
    const absolutePath = resolve2(cwd, file.path || "page.md");
    const { rules, template, ladder } = settingsFor(absolutePath, cwd, config);
    const path = relative2(cwd, absolutePath).replaceAll("\\", "/");
    const pages = readLadderFile(tree, file, path, config, ladder);
    for (const page of pages) page.track = trackFor(page, absolutePath, cwd, config) ?? page.track;
    file.data.ladder = makeContext(pages, config, linked, template, ladder);
    await processorFor(rules).run(tree, file);
  };
};
var remarkPreset = {
  plugins: [remarkGfm, [remarkFrontmatter, ["yaml"]], remarkLadderLint]
};
var remark_preset_default = remarkPreset;
export {
  remark_preset_default as default,
  remarkLadderLint,
  rulesRemarkCannotRun
};
