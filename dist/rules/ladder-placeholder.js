#!/usr/bin/env node
import {
  ladder_placeholder_default,
  placeholdersShown
} from "../chunks/DCHQNVR6.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_placeholder_default as default,
  placeholdersShown
};
