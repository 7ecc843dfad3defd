#!/usr/bin/env node
import {
  ladder_section_content_default
} from "./P342S6HK.js";
import {
  ladder_sections_default
} from "./X7IMEYCG.js";
import {
  ladder_spelling_default
} from "./U3ZMJKXF.js";
import {
  ladder_summary_default
} from "./UCZVKVA2.js";
import {
  ladder_title_default
} from "./O66F2BMG.js";
import {
  ladder_track_consistency_default
} from "./NPPOOY2A.js";
import {
  ladder_track_index_default
} from "./2CKBHHVE.js";
import {
  ladder_typography_default
} from "./Q5ZANKLP.js";
import {
  ladder_level_order_default
} from "./MXXQTWTR.js";
import {
  ladder_links_default
} from "./PD3TLDRL.js";
import {
  ladder_lost_list_marker_default
} from "./LMRDYWEO.js";
import {
  ladder_metadata_default
} from "./HZYCQIVJ.js";
import {
  ladder_mixed_spelling_default
} from "./LEYJY2UQ.js";
import {
  ladder_mojibake_default
} from "./XBNRIXL3.js";
import {
  ladder_placeholder_default
} from "./DCHQNVR6.js";
import {
  ladder_progression_default
} from "./YH2OW4S2.js";
import {
  ladder_doubled_word_default
} from "./B7C32CAA.js";
import {
  ladder_emoji_style_default
} from "./4NSXF6I5.js";
import {
  ladder_front_matter_default
} from "./NCLVEJ6A.js";
import {
  ladder_grammar_default
} from "./EGFNSXRN.js";
import {
  ladder_heading_style_default
} from "./UL4TIPA2.js";
import {
  registerRuleDefaults
} from "./5UQ7UVMO.js";
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
