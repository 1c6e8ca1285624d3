// Which of the given ids do not exist (zones, products, industries); each list may be empty.
RETURN [id IN $zones WHERE NOT EXISTS { MATCH (:Zone {id: id}) }] AS zones,
       [id IN $products WHERE NOT EXISTS { MATCH (:Product {id: id}) }] AS products,
       [id IN $industries WHERE NOT EXISTS { MATCH (:Industry {id: id}) }] AS industries
