#!/usr/bin/env node
import {
  ladder_front_matter_default
} from "../chunks/PEM3SHG4.js";
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
  ladder_front_matter_default as default
};
