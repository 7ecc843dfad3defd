#!/usr/bin/env node
import {
  ladder_mojibake_default
} from "../chunks/BLERVJZK.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/PCFQXBNT.js";
import "../chunks/IZPIUISF.js";
import "../chunks/UI456VJZ.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_mojibake_default as default
};
