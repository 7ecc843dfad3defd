#!/usr/bin/env node
import {
  ladder_section_content_default
} from "./NXW2LJZ5.js";
import {
  ladder_sections_default
} from "./IH3G6VEW.js";
import {
  ladder_spelling_default
} from "./47PKI5MN.js";
import {
  ladder_summary_default
} from "./3G2WA5JC.js";
import {
  ladder_title_default
} from "./HUEIM5AC.js";
import {
  ladder_track_consistency_default
} from "./LAUVASFZ.js";
import {
  ladder_track_index_default
} from "./VR7PU7YJ.js";
import {
  ladder_typography_default
} from "./LJGNTAOS.js";
import {
  ladder_level_order_default
} from "./MBVAVT7Z.js";
import {
  ladder_links_default
} from "./JU36GQLZ.js";
import {
  ladder_lost_list_marker_default
} from "./PW4ET5GZ.js";
import {
  ladder_metadata_default
} from "./JWIEOBRF.js";
import {
  ladder_mixed_spelling_default
} from "./HMETGTCV.js";
import {
  ladder_mojibake_default
} from "./POP3X4G4.js";
import {
  ladder_placeholder_default
} from "./X5W37ZMA.js";
import {
  ladder_progression_default
} from "./YH2OW4S2.js";
import {
  ladder_doubled_word_default
} from "./VP6F6C2J.js";
import {
  ladder_emoji_style_default
} from "./7G3KYOTZ.js";
import {
  ladder_front_matter_default
} from "./PEM3SHG4.js";
import {
  ladder_grammar_default
} from "./NWTKP2JC.js";
import {
  ladder_heading_style_default
} from "./EJRT7XGC.js";
import {
  registerRuleDefaults
} from "./NZQXDKKC.js";
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
