#!/usr/bin/env node
import {
  ladder_section_content_default
} from "./PP5FXPYI.js";
import {
  ladder_sections_default
} from "./NPTU4HS4.js";
import {
  ladder_spelling_default
} from "./UU3DWEIK.js";
import {
  ladder_summary_default
} from "./X3RITHWQ.js";
import {
  ladder_title_default
} from "./SSUQMKM3.js";
import {
  ladder_track_consistency_default
} from "./LAUVASFZ.js";
import {
  ladder_track_index_default
} from "./VR7PU7YJ.js";
import {
  ladder_typography_default
} from "./X4WOZMLI.js";
import {
  ladder_level_order_default
} from "./OOO46XDC.js";
import {
  ladder_links_default
} from "./KYFDE7LZ.js";
import {
  ladder_lost_list_marker_default
} from "./KHQMGGNM.js";
import {
  ladder_metadata_default
} from "./55ERGURO.js";
import {
  ladder_mixed_spelling_default
} from "./J7TCXIIW.js";
import {
  ladder_mojibake_default
} from "./BLERVJZK.js";
import {
  ladder_placeholder_default
} from "./X5W37ZMA.js";
import {
  ladder_progression_default
} from "./YH2OW4S2.js";
import {
  ladder_doubled_word_default
} from "./IDNTEQXR.js";
import {
  ladder_emoji_style_default
} from "./U26YHJVL.js";
import {
  ladder_front_matter_default
} from "./T3RA43Z4.js";
import {
  ladder_grammar_default
} from "./ED2HRF6I.js";
import {
  ladder_heading_style_default
} from "./HCNHHRO7.js";
import {
  registerRuleDefaults
} from "./4CY6Z5UJ.js";
import {
  isPageRule
} from "./SLYHWU2C.js";

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

export {
  allRules,
  pageRules,
  trackRules,
  ruleNames,
  ruleMetas
};
