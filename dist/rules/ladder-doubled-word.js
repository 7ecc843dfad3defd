#!/usr/bin/env node
import {
  defaultAllowedDoubles,
  ladder_doubled_word_default
} from "../chunks/IDNTEQXR.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/PCFQXBNT.js";
import "../chunks/IZPIUISF.js";
import "../chunks/UI456VJZ.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_doubled_word_default as default,
  defaultAllowedDoubles
};
