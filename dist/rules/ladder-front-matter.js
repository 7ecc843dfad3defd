#!/usr/bin/env node
import {
  ladder_front_matter_default
} from "../chunks/CXSWTSFO.js";
import "../chunks/2JRO2LDQ.js";
import "../chunks/X7OTXZFP.js";
import "../chunks/VCG2XSP4.js";
import "../chunks/7RDGBQIY.js";
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
