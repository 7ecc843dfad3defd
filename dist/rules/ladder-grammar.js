#!/usr/bin/env node
import {
  closedCompounds,
  ladder_grammar_default
} from "../chunks/NWTKP2JC.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/7FMROGSS.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  closedCompounds,
  ladder_grammar_default as default
};
