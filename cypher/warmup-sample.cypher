// A link to warm the query plans with (any will do).
MATCH (p:Product)<-[:FEEDS]-() RETURN p.id AS id LIMIT 1
