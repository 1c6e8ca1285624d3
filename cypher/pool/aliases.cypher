// Aliases added through the API (addAlias): pool product name → the chain link's name.
MATCH (a:Alias)
MATCH (p:Product {id: a.link})
RETURN a.pool AS pool, p.name AS link
