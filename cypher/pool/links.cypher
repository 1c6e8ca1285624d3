// Every chain link (Product) in the graph: the names pool products are matched against.
MATCH (p:Product)
RETURN p.id AS id, p.name AS name
ORDER BY p.id
