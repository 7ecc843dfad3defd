import {
  ladder_sections_default
} from "../chunks/rules-PI25MZDL.js";
import "../chunks/rules-5ESO3VDY.js";
import "../chunks/rules-FYE4URFX.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_sections_default as default
};
