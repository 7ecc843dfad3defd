import {
  ladder_section_content_default
} from "../chunks/rules-YWTIDLT3.js";
import "../chunks/rules-5ESO3VDY.js";
import "../chunks/rules-FYE4URFX.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_section_content_default as default
};
