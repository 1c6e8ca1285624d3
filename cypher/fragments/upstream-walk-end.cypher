// End of the upstream walk: the links found (walk order, each with its distance), whether the walk was cut at
// $limit, and the FEEDS edges among the product and the links, read from their downstream end (a raw material like
// 水 feeds thousands of products, while a product has few materials).
WITH target, found, truncated, [target.id] + [f IN found | f.id] AS ids
RETURN target {.id, .name} AS product, found AS links, truncated,
  COLLECT {
    UNWIND ids AS bid
    MATCH (b:Product {id: bid})<-[f:FEEDS]-(a:Product)
    WHERE a.id IN ids
    WITH a, b, f ORDER BY a.id, b.id
    RETURN {from: a.id, to: b.id, chains: f.chains}
  } AS edges
