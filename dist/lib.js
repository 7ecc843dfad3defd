#!/usr/bin/env node
import {
  formatJson,
  formatStylish
} from "./chunks/NFBL4IA3.js";
import {
  allRules,
  pageRules,
  ruleMetas,
  ruleNames,
  trackRules
} from "./chunks/QNKQNSI4.js";
import {
  lintFiles,
  lintTexts,
  maximumFixPasses,
  outputFixes
} from "./chunks/P4ER3FZK.js";
import "./chunks/SQ4IMF4M.js";
import "./chunks/EU5P5CB3.js";
import "./chunks/NXW2LJZ5.js";
import "./chunks/IH3G6VEW.js";
import "./chunks/47PKI5MN.js";
import "./chunks/3G2WA5JC.js";
import "./chunks/HUEIM5AC.js";
import "./chunks/LAUVASFZ.js";
import "./chunks/VR7PU7YJ.js";
import "./chunks/LJGNTAOS.js";
import "./chunks/MBVAVT7Z.js";
import "./chunks/JU36GQLZ.js";
import "./chunks/PW4ET5GZ.js";
import "./chunks/JWIEOBRF.js";
import "./chunks/HMETGTCV.js";
import "./chunks/I74RKO3P.js";
import "./chunks/POP3X4G4.js";
import "./chunks/X5W37ZMA.js";
import "./chunks/YH2OW4S2.js";
import "./chunks/LMRHD2SD.js";
import "./chunks/UYEE65SK.js";
import "./chunks/H6E5BKS7.js";
import {
  boundHeapForLargeRuns
} from "./chunks/COKCPPUW.js";
import "./chunks/VP6F6C2J.js";
import "./chunks/7G3KYOTZ.js";
import "./chunks/PEM3SHG4.js";
import "./chunks/NWTKP2JC.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/7FMROGSS.js";
import "./chunks/EJRT7XGC.js";
import "./chunks/BQAIOIZB.js";
import "./chunks/GRHO45ZH.js";
import {
  parseMarkdown
} from "./chunks/VCG2XSP4.js";
import {
  buildLadderPage,
  configSchemaWithRules,
  defaultConfig,
  loadConfig,
  mergeConfig,
  validateConfig
} from "./chunks/NZQXDKKC.js";
import {
  ConfigError
} from "./chunks/DGFCTSDI.js";
import "./chunks/D4EKRLWE.js";
import "./chunks/J5HZSZD5.js";
import "./chunks/AUYJIZVL.js";
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
