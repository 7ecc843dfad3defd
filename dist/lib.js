#!/usr/bin/env node
import {
  formatJson,
  formatStylish
} from "./chunks/NFBL4IA3.js";
import {
  allRules,
  boundHeapForLargeRuns,
  lintFiles,
  lintTexts,
  maximumFixPasses,
  outputFixes,
  pageRules,
  ruleMetas,
  ruleNames,
  trackRules
} from "./chunks/NDAHIR23.js";
import "./chunks/SNUMBKS6.js";
import "./chunks/BDR6INIF.js";
import "./chunks/6YWCXBSI.js";
import "./chunks/QRPM5XV5.js";
import "./chunks/CK325EWE.js";
import "./chunks/2DJ26Y4G.js";
import "./chunks/2CKBHHVE.js";
import "./chunks/Q5ZANKLP.js";
import "./chunks/S6EFWGKK.js";
import "./chunks/KLTEM3CE.js";
import "./chunks/MCEJY7JR.js";
import "./chunks/KDXYYAJI.js";
import "./chunks/S3UNJ4K5.js";
import "./chunks/XBNRIXL3.js";
import "./chunks/DCHQNVR6.js";
import "./chunks/XQXRPLNE.js";
import "./chunks/H6E5BKS7.js";
import "./chunks/YG2FXEGJ.js";
import "./chunks/5WV7ZV75.js";
import "./chunks/B7C32CAA.js";
import "./chunks/4NSXF6I5.js";
import "./chunks/QGZBHIDC.js";
import "./chunks/EGFNSXRN.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/WGF2JROM.js";
import "./chunks/N47473IK.js";
import {
  ConfigError,
  buildLadderPage,
  configSchemaWithRules,
  defaultConfig,
  loadConfig,
  mergeConfig,
  parseMarkdown,
  validateConfig
} from "./chunks/2UCCQMGD.js";
import "./chunks/3ZNROPLK.js";
import "./chunks/IZPIUISF.js";
import "./chunks/A5WDNF5E.js";
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
