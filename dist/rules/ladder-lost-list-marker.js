import {
  ladder_lost_list_marker_default
} from "../chunks/rules-O4UISPGX.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-GLEBKOSO.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_lost_list_marker_default as default
};
