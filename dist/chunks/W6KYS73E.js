#!/usr/bin/env node
import {
  parseMarkdown,
  parserForPagesWithoutAddresses
} from "./RD777UAU.js";
import "./DGFCTSDI.js";
export {
  parseMarkdown,
  parserForPagesWithoutAddresses
};
