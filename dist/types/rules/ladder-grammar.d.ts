/**
 * Words English writes closed up, which ladders often split in two: only those whose two-word form
 * dictionaries do not list ("code base" and "road map" they do, so those are left alone).
 */
export declare const closedCompounds: Readonly<Record<string, string>>;
declare const ladderGrammar: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderGrammar;
