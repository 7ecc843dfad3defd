#!/usr/bin/env node
import {
  ladder_typography_default
} from "../chunks/X4WOZMLI.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/PCFQXBNT.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/UI456VJZ.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_typography_default as default
};
