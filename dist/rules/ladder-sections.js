#!/usr/bin/env node
import {
  ladder_sections_default
} from "../chunks/6BZDDD54.js";
import "../chunks/H6E5BKS7.js";
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
  ladder_sections_default as default
};
