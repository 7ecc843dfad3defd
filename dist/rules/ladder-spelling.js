#!/usr/bin/env node
import {
  ladder_spelling_default,
  prepare
} from "../chunks/U3ZMJKXF.js";
import "../chunks/O45MEQWR.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/KWZAKUH2.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/WGF2JROM.js";
import "../chunks/L5VFC5NN.js";
import "../chunks/IE4CJFMB.js";
import "../chunks/PTDX7VIC.js";
import "../chunks/5UQ7UVMO.js";
import "../chunks/DGFCTSDI.js";
import "../chunks/MZBOFNUY.js";
import "../chunks/J5HZSZD5.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_spelling_default as default,
  prepare
};
