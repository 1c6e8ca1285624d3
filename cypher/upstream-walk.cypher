// Upstream of a link in one query: breadth first through FEEDS, the nearest links first, at most $maxDepth steps
// (1–20, the API's range: one step per include) and at most $limit links, then the FEEDS edges among the product
// and the links found. The walk of server/domain/upstream.ts walkUpstream, without a round trip per step.
// upstream-walk-6.cypher is the same for $maxDepth ≤ 6 (the explorer's depth), cheaper to plan.
// include: upstream-walk-start
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-end
