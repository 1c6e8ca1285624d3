// Everything upstream of $product through FEEDS, at most $maxDepth steps away, with its shortest distance,
// and the FEEDS edges among those links and the product. Returns no row when the product does not exist.
MATCH (target:Product {id: $product})
OPTIONAL MATCH p = ANY SHORTEST (target)<-[:FEEDS]-{1,20}(up:Product)
WITH target, up, length(p) AS distance
WITH target, collect(CASE WHEN up IS NOT NULL AND distance <= $maxDepth
                          THEN {id: up.id, name: up.name, distance: distance} END) AS nodes
WITH target, nodes, [target.id] + [n IN nodes | n.id] AS ids
RETURN target {.id, .name} AS product, nodes,
  COLLECT {
    MATCH (a:Product)-[f:FEEDS]->(b:Product)
    WHERE a.id IN ids AND b.id IN ids
    RETURN {from: a.id, to: b.id, chains: f.chains}
  } AS edges
