#!/usr/bin/env node
import {
  clearMajority,
  ladder_mixed_spelling_default
} from "../chunks/J7TCXIIW.js";
import "../chunks/I74RKO3P.js";
import "../chunks/COKCPPUW.js";
import "../chunks/PCFQXBNT.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/IZPIUISF.js";
import "../chunks/UI456VJZ.js";
import "../chunks/SLYHWU2C.js";
export {
  clearMajority,
  ladder_mixed_spelling_default as default
};
