#!/usr/bin/env node
import {
  parseMarkdown,
  parserForPagesWithoutAddresses
} from "./VCG2XSP4.js";
import "./DGFCTSDI.js";
export {
  parseMarkdown,
  parserForPagesWithoutAddresses
};
