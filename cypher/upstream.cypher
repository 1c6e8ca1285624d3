// A product and the FEEDS edges among it and the upstream links in $ids (found by upstream-step.cypher).
// Edges are read from their downstream end: a raw material (水, 电) feeds thousands of products, while a
// product has few materials.
// Returns no row when the product does not exist.
MATCH (target:Product {id: $product})
RETURN target {.id, .name} AS product,
  COLLECT {
    UNWIND $ids AS bid
    MATCH (b:Product {id: bid})<-[f:FEEDS]-(a:Product)
    WHERE a.id IN $ids
    WITH a, b, f ORDER BY a.id, b.id
    RETURN {from: a.id, to: b.id, chains: f.chains}
  } AS edges
