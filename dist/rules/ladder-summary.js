#!/usr/bin/env node
import {
  ladder_summary_default
} from "../chunks/UCZVKVA2.js";
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
  ladder_summary_default as default
};
