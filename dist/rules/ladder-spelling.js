#!/usr/bin/env node
import {
  ladder_spelling_default,
  prepare
} from "../chunks/47PKI5MN.js";
import "../chunks/I74RKO3P.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/COKCPPUW.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/7FMROGSS.js";
import "../chunks/BQAIOIZB.js";
import "../chunks/GRHO45ZH.js";
import "../chunks/VCG2XSP4.js";
import "../chunks/NZQXDKKC.js";
import "../chunks/DGFCTSDI.js";
import "../chunks/D4EKRLWE.js";
import "../chunks/J5HZSZD5.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_spelling_default as default,
  prepare
};
