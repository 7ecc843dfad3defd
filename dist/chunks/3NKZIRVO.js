#!/usr/bin/env node
import {
  lintOne,
  pageRun,
  prepareRules,
  processorFor,
  runTrackRules
} from "./SEIOF2PD.js";
import "./QNKQNSI4.js";
import "./SQ4IMF4M.js";
import "./NXW2LJZ5.js";
import "./IH3G6VEW.js";
import "./47PKI5MN.js";
import "./3G2WA5JC.js";
import "./HUEIM5AC.js";
import "./LAUVASFZ.js";
import "./VR7PU7YJ.js";
import "./LJGNTAOS.js";
import "./MBVAVT7Z.js";
import "./JU36GQLZ.js";
import "./PW4ET5GZ.js";
import "./JWIEOBRF.js";
import "./HMETGTCV.js";
import "./I74RKO3P.js";
import "./POP3X4G4.js";
import "./X5W37ZMA.js";
import "./YH2OW4S2.js";
import "./LMRHD2SD.js";
import "./UYEE65SK.js";
import "./H6E5BKS7.js";
import "./COKCPPUW.js";
import "./VP6F6C2J.js";
import "./7G3KYOTZ.js";
import "./PEM3SHG4.js";
import "./NWTKP2JC.js";
import "./A7GFOY4H.js";
import "./7FMROGSS.js";
import "./EJRT7XGC.js";
import "./BQAIOIZB.js";
import "./GRHO45ZH.js";
import "./VCG2XSP4.js";
import "./NZQXDKKC.js";
import "./DGFCTSDI.js";
import "./D4EKRLWE.js";
import "./J5HZSZD5.js";
import "./AUYJIZVL.js";
import "./IZPIUISF.js";
import "./A5WDNF5E.js";
import "./SLYHWU2C.js";
export {
  lintOne,
  pageRun,
  prepareRules,
  processorFor,
  runTrackRules
};
