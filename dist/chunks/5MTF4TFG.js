#!/usr/bin/env node
import {
  lintOne,
  pageRun,
  prepareRules,
  processorFor,
  runTrackRules
} from "./QGNPCMRN.js";
import "./YU7A56JD.js";
import "./SQ4IMF4M.js";
import "./3YSVAXVO.js";
import "./6BZDDD54.js";
import "./36QATJNR.js";
import "./SKKJALKQ.js";
import "./GG4STXOX.js";
import "./LAUVASFZ.js";
import "./VR7PU7YJ.js";
import "./LJGNTAOS.js";
import "./HILTRZHD.js";
import "./XKKLCC7Q.js";
import "./UHT7WUOW.js";
import "./YHYVFYH6.js";
import "./DP4ZTQYM.js";
import "./IF2JFNTU.js";
import "./POP3X4G4.js";
import "./X5W37ZMA.js";
import "./YH2OW4S2.js";
import "./LMRHD2SD.js";
import "./UYEE65SK.js";
import "./H6E5BKS7.js";
import "./T4ICD26B.js";
import "./VP6F6C2J.js";
import "./7G3KYOTZ.js";
import "./CXSWTSFO.js";
import "./NWTKP2JC.js";
import "./A7GFOY4H.js";
import "./7FMROGSS.js";
import "./C7NJABBY.js";
import "./2JRO2LDQ.js";
import "./X7OTXZFP.js";
import "./VCG2XSP4.js";
import "./7RDGBQIY.js";
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
