import {
  ladder_typography_default
} from "../chunks/rules-UATCEXC3.js";
import "../chunks/rules-2YQEMSZZ.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_typography_default as default
};
