import type { TrackRule } from '../src/track-rule.ts';
declare const ladderTrackConsistency: TrackRule;
export default ladderTrackConsistency;
