import {
  ladder_links_default
} from "../chunks/rules-K6DFZRVF.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-GLEBKOSO.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_links_default as default
};
