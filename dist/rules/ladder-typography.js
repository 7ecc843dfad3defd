#!/usr/bin/env node
import {
  ladder_typography_default
} from "../chunks/Q5ZANKLP.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/WGF2JROM.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_typography_default as default
};
