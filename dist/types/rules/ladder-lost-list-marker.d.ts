declare const ladderLostListMarker: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderLostListMarker;
