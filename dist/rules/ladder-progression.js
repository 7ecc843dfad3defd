#!/usr/bin/env node
import {
  ladder_progression_default
} from "../chunks/XQXRPLNE.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_progression_default as default
};
