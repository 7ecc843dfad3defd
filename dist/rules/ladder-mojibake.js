import {
  ladder_mojibake_default
} from "../chunks/rules-GHN66UHZ.js";
import "../chunks/rules-2YQEMSZZ.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_mojibake_default as default
};
