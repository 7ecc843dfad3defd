#!/usr/bin/env node
import {
  ladder_progression_default
} from "../chunks/YH2OW4S2.js";
import "../chunks/LMRHD2SD.js";
import "../chunks/UYEE65SK.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_progression_default as default
};
