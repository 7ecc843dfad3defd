declare const ladderTrackConsistency: import("../src/rule-api/define-rule.ts").TrackRule<Record<string, unknown>>;
export default ladderTrackConsistency;
