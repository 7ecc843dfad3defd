#!/usr/bin/env node
import {
  lintOne,
  pageRun,
  prepareRules,
  processorFor,
  runTrackRules
} from "./5KDUD4W2.js";
import "./53V6GGLM.js";
import "./SQ4IMF4M.js";
import "./PP5FXPYI.js";
import "./NPTU4HS4.js";
import "./UU3DWEIK.js";
import "./X3RITHWQ.js";
import "./SSUQMKM3.js";
import "./LAUVASFZ.js";
import "./VR7PU7YJ.js";
import "./X4WOZMLI.js";
import "./OOO46XDC.js";
import "./KYFDE7LZ.js";
import "./KHQMGGNM.js";
import "./55ERGURO.js";
import "./J7TCXIIW.js";
import "./I74RKO3P.js";
import "./BLERVJZK.js";
import "./X5W37ZMA.js";
import "./YH2OW4S2.js";
import "./LMRHD2SD.js";
import "./UYEE65SK.js";
import "./H6E5BKS7.js";
import "./COKCPPUW.js";
import "./IDNTEQXR.js";
import "./U26YHJVL.js";
import "./T3RA43Z4.js";
import "./ED2HRF6I.js";
import "./A7GFOY4H.js";
import "./PCFQXBNT.js";
import "./HCNHHRO7.js";
import "./GGEGQVZU.js";
import "./D5SU6RVC.js";
import "./RD777UAU.js";
import "./4CY6Z5UJ.js";
import "./DGFCTSDI.js";
import "./D4EKRLWE.js";
import "./J5HZSZD5.js";
import "./AUYJIZVL.js";
import "./IZPIUISF.js";
import "./UI456VJZ.js";
import "./SLYHWU2C.js";
export {
  lintOne,
  pageRun,
  prepareRules,
  processorFor,
  runTrackRules
};
