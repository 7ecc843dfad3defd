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
} from "./chunks/VOXOS6PC.js";
import "./chunks/75DJPNZF.js";
import "./chunks/H6IACK7O.js";
import "./chunks/LKWH5Y66.js";
import "./chunks/BYCGH2XN.js";
import "./chunks/YRHTFUMZ.js";
import "./chunks/2DJ26Y4G.js";
import "./chunks/2CKBHHVE.js";
import "./chunks/Q5ZANKLP.js";
import "./chunks/LIXSDH2H.js";
import "./chunks/DOLPQ4VA.js";
import "./chunks/Z2CKL7PI.js";
import "./chunks/W2KUXDPL.js";
import "./chunks/7S6EPG4P.js";
import "./chunks/XBNRIXL3.js";
import "./chunks/DCHQNVR6.js";
import "./chunks/XQXRPLNE.js";
import "./chunks/H6E5BKS7.js";
import "./chunks/YG2FXEGJ.js";
import "./chunks/E5O7FWOW.js";
import "./chunks/B7C32CAA.js";
import "./chunks/4NSXF6I5.js";
import "./chunks/LQGPT5QB.js";
import "./chunks/6JXH7IBD.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/WGF2JROM.js";
import "./chunks/GRIQIIEL.js";
import {
  ConfigError,
  buildLadderPage,
  configSchemaWithRules,
  defaultConfig,
  loadConfig,
  mergeConfig,
  parseMarkdown,
  validateConfig
} from "./chunks/5WINBEJM.js";
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
