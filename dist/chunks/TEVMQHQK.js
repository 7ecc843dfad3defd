#!/usr/bin/env node
import {
  lintOne,
  pageRun,
  prepareRules,
  processorFor,
  runTrackRules
} from "./IXWT5N7J.js";
import "./4IOQMJQ7.js";
import "./SQ4IMF4M.js";
import "./P342S6HK.js";
import "./X7IMEYCG.js";
import "./U3ZMJKXF.js";
import "./UCZVKVA2.js";
import "./O66F2BMG.js";
import "./NPPOOY2A.js";
import "./2CKBHHVE.js";
import "./Q5ZANKLP.js";
import "./MXXQTWTR.js";
import "./PD3TLDRL.js";
import "./LMRDYWEO.js";
import "./HZYCQIVJ.js";
import "./LEYJY2UQ.js";
import "./O45MEQWR.js";
import "./XBNRIXL3.js";
import "./DCHQNVR6.js";
import "./YH2OW4S2.js";
import "./LMRHD2SD.js";
import "./UYEE65SK.js";
import "./H6E5BKS7.js";
import "./KWZAKUH2.js";
import "./B7C32CAA.js";
import "./4NSXF6I5.js";
import "./NCLVEJ6A.js";
import "./EGFNSXRN.js";
import "./A7GFOY4H.js";
import "./WGF2JROM.js";
import "./UL4TIPA2.js";
import "./L5VFC5NN.js";
import "./IE4CJFMB.js";
import "./PTDX7VIC.js";
import "./5UQ7UVMO.js";
import "./DGFCTSDI.js";
import "./MZBOFNUY.js";
import "./J5HZSZD5.js";
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
