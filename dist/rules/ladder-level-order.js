import {
  ladder_level_order_default
} from "../chunks/rules-DZV3SGF7.js";
import "../chunks/rules-GLEBKOSO.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_level_order_default as default
};
