// Upstream of a link in one query: breadth first through FEEDS, the nearest links first, at most $maxDepth steps
// (1–20, the API's range; one step per include below) and at most $limit links, then the FEEDS edges among the
// product and the links found. The same walk as server/domain/upstream.ts walkUpstream with
// upstream-step.cypher, without a round trip per step. Edges are read from their downstream end: a raw material
// (水, 电) feeds thousands of products, while a product has few materials.
// Returns no row when the product does not exist; `links` in walk order, each with its distance.
MATCH (target:Product {id: $product})
WITH target, [target.id] AS frontier, [target.id] AS seen, [] AS found, 1 AS distance, false AS truncated
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
WITH target, found, truncated, [target.id] + [f IN found | f.id] AS ids
RETURN target {.id, .name} AS product, found AS links, truncated,
  COLLECT {
    UNWIND ids AS bid
    MATCH (b:Product {id: bid})<-[f:FEEDS]-(a:Product)
    WHERE a.id IN ids
    WITH a, b, f ORDER BY a.id, b.id
    RETURN {from: a.id, to: b.id, chains: f.chains}
  } AS edges
