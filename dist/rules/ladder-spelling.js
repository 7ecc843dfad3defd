import {
  ladder_spelling_default,
  prepare
} from "../chunks/rules-V76DWKUD.js";
import "../chunks/rules-CVZRXT37.js";
import "../chunks/rules-PES74AM2.js";
import "../chunks/rules-2YQEMSZZ.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-GLEBKOSO.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_spelling_default as default,
  prepare
};
