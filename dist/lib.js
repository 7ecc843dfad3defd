#!/usr/bin/env node
import {
  formatJson,
  formatStylish
} from "./chunks/RE7H7C6H.js";
import {
  allRules,
  pageRules,
  ruleMetas,
  ruleNames,
  trackRules
} from "./chunks/53V6GGLM.js";
import {
  lintFiles,
  lintTexts,
  maximumFixPasses,
  outputFixes
} from "./chunks/H5UMH2NY.js";
import "./chunks/SQ4IMF4M.js";
import "./chunks/NMCSVTAH.js";
import "./chunks/PP5FXPYI.js";
import "./chunks/NPTU4HS4.js";
import "./chunks/UU3DWEIK.js";
import "./chunks/X3RITHWQ.js";
import "./chunks/SSUQMKM3.js";
import "./chunks/LAUVASFZ.js";
import "./chunks/VR7PU7YJ.js";
import "./chunks/X4WOZMLI.js";
import "./chunks/OOO46XDC.js";
import "./chunks/KYFDE7LZ.js";
import "./chunks/KHQMGGNM.js";
import "./chunks/55ERGURO.js";
import "./chunks/J7TCXIIW.js";
import "./chunks/I74RKO3P.js";
import "./chunks/BLERVJZK.js";
import "./chunks/X5W37ZMA.js";
import "./chunks/YH2OW4S2.js";
import "./chunks/LMRHD2SD.js";
import "./chunks/UYEE65SK.js";
import "./chunks/H6E5BKS7.js";
import {
  boundHeapForLargeRuns
} from "./chunks/COKCPPUW.js";
import "./chunks/IDNTEQXR.js";
import "./chunks/U26YHJVL.js";
import "./chunks/T3RA43Z4.js";
import "./chunks/ED2HRF6I.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/PCFQXBNT.js";
import "./chunks/HCNHHRO7.js";
import "./chunks/GGEGQVZU.js";
import "./chunks/D5SU6RVC.js";
import {
  parseMarkdown
} from "./chunks/RD777UAU.js";
import {
  buildLadderPage,
  configSchemaWithRules,
  defaultConfig,
  loadConfig,
  mergeConfig,
  validateConfig
} from "./chunks/4CY6Z5UJ.js";
import {
  ConfigError
} from "./chunks/DGFCTSDI.js";
import "./chunks/D4EKRLWE.js";
import "./chunks/J5HZSZD5.js";
import "./chunks/AUYJIZVL.js";
import "./chunks/IZPIUISF.js";
import "./chunks/UI456VJZ.js";
import {
  definePageRule,
  defineTrackRule
} from "./chunks/SLYHWU2C.js";

// src/index.ts
var configSchema = configSchemaWithRules(ruleMetas);
export {
  ConfigError,
  allRules,
  boundHeapForLargeRuns,
  buildLadderPage,
  configSchema,
  configSchemaWithRules,
  defaultConfig,
  definePageRule,
  defineTrackRule,
  formatJson,
  formatStylish,
  lintFiles,
  lintTexts,
  loadConfig,
  maximumFixPasses,
  mergeConfig,
  outputFixes,
  pageRules,
  parseMarkdown,
  ruleMetas,
  ruleNames,
  trackRules,
  validateConfig
};
