#!/usr/bin/env node
import {
  parseMarkdown
} from "./PTDX7VIC.js";
import "./DGFCTSDI.js";
export {
  parseMarkdown
};
