#!/usr/bin/env node
import {
  closedCompounds,
  ladder_grammar_default
} from "../chunks/EGFNSXRN.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/WGF2JROM.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  closedCompounds,
  ladder_grammar_default as default
};
