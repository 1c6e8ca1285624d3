// Start of the upstream walk (upstream-walk.cypher, upstream-walk-6.cypher): the product, and nothing found yet.
// No row when the product does not exist.
MATCH (target:Product {id: $product})
WITH target, [target.id] AS frontier, [target.id] AS seen, [] AS found, 1 AS distance, false AS truncated
