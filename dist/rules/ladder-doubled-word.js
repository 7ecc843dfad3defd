import {
  defaultAllowedDoubles,
  ladder_doubled_word_default
} from "../chunks/rules-52E3RJW6.js";
import "../chunks/rules-2YQEMSZZ.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_doubled_word_default as default,
  defaultAllowedDoubles
};
