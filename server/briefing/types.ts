// The briefing contract moved to vocab/briefing.ts (client and server share it). Kept for server/briefing/data.ts,
// which another change owns; import from vocab/briefing.ts.
export type * from '../../vocab/briefing.ts';
