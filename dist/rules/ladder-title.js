import {
  ladder_title_default
} from "../chunks/rules-FBCXH447.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-GLEBKOSO.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_title_default as default
};
