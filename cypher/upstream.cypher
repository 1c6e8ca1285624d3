// A product and the FEEDS edges among it and the upstream links in $ids (found by upstream-step.cypher).
// Returns no row when the product does not exist.
MATCH (target:Product {id: $product})
RETURN target {.id, .name} AS product,
  COLLECT {
    UNWIND $ids AS aid
    MATCH (a:Product {id: aid})-[f:FEEDS]->(b:Product)
    WHERE b.id IN $ids
    RETURN {from: a.id, to: b.id, chains: f.chains}
  } AS edges
