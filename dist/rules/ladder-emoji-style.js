import {
  ladder_emoji_style_default
} from "../chunks/rules-XVB5W5QF.js";
import "../chunks/rules-2YQEMSZZ.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_emoji_style_default as default
};
