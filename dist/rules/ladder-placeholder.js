#!/usr/bin/env node
import {
  ladder_placeholder_default,
  placeholdersShown
} from "../chunks/X5W37ZMA.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_placeholder_default as default,
  placeholdersShown
};
