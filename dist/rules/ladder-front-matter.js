#!/usr/bin/env node
import {
  ladder_front_matter_default
} from "../chunks/T3RA43Z4.js";
import "../chunks/GGEGQVZU.js";
import "../chunks/D5SU6RVC.js";
import "../chunks/RD777UAU.js";
import "../chunks/4CY6Z5UJ.js";
import "../chunks/DGFCTSDI.js";
import "../chunks/D4EKRLWE.js";
import "../chunks/J5HZSZD5.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/IZPIUISF.js";
import "../chunks/UI456VJZ.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_front_matter_default as default
};
