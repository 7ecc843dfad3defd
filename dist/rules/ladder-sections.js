import {
  ladder_sections_default
} from "../chunks/rules-X6E62OWR.js";
import "../chunks/rules-PES74AM2.js";
import "../chunks/rules-GLEBKOSO.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_sections_default as default
};
