#!/usr/bin/env node
import {
  ladder_mojibake_default
} from "../chunks/POP3X4G4.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/7FMROGSS.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_mojibake_default as default
};
