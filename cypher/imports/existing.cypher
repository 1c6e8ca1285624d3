// Which of these chains and products exist already (to report added vs merged), with the products' names.
RETURN [id IN $chainIds WHERE EXISTS { MATCH (:Chain {id: id}) }] AS chains,
       COLLECT { MATCH (p:Product) WHERE p.id IN $productIds RETURN p {.id, .name} } AS products
