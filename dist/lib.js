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
} from "./chunks/YU7A56JD.js";
import {
  lintFiles,
  lintTexts,
  maximumFixPasses,
  outputFixes
} from "./chunks/BTYNPLN7.js";
import "./chunks/SQ4IMF4M.js";
import "./chunks/EHKSIS3Q.js";
import "./chunks/3YSVAXVO.js";
import "./chunks/6BZDDD54.js";
import "./chunks/36QATJNR.js";
import "./chunks/SKKJALKQ.js";
import "./chunks/GG4STXOX.js";
import "./chunks/LAUVASFZ.js";
import "./chunks/VR7PU7YJ.js";
import "./chunks/LJGNTAOS.js";
import "./chunks/HILTRZHD.js";
import "./chunks/XKKLCC7Q.js";
import "./chunks/UHT7WUOW.js";
import "./chunks/YHYVFYH6.js";
import "./chunks/DP4ZTQYM.js";
import "./chunks/IF2JFNTU.js";
import "./chunks/POP3X4G4.js";
import "./chunks/X5W37ZMA.js";
import "./chunks/YH2OW4S2.js";
import "./chunks/LMRHD2SD.js";
import "./chunks/UYEE65SK.js";
import "./chunks/H6E5BKS7.js";
import {
  boundHeapForLargeRuns
} from "./chunks/T4ICD26B.js";
import "./chunks/VP6F6C2J.js";
import "./chunks/7G3KYOTZ.js";
import "./chunks/CXSWTSFO.js";
import "./chunks/NWTKP2JC.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/7FMROGSS.js";
import "./chunks/C7NJABBY.js";
import "./chunks/2JRO2LDQ.js";
import "./chunks/X7OTXZFP.js";
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
} from "./chunks/7RDGBQIY.js";
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
