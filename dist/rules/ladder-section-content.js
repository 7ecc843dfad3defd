import {
  ladder_section_content_default
} from "../chunks/rules-VYRXUTDA.js";
import "../chunks/rules-PES74AM2.js";
import "../chunks/rules-GLEBKOSO.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_section_content_default as default
};
