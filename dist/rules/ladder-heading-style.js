#!/usr/bin/env node
import {
  ladder_heading_style_default
} from "../chunks/HCNHHRO7.js";
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
  ladder_heading_style_default as default
};
