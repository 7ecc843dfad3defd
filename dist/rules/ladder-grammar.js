#!/usr/bin/env node
import {
  closedCompounds,
  ladder_grammar_default
} from "../chunks/ED2HRF6I.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/PCFQXBNT.js";
import "../chunks/UI456VJZ.js";
import "../chunks/SLYHWU2C.js";
export {
  closedCompounds,
  ladder_grammar_default as default
};
