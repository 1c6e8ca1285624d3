// Every FEEDS edge as "from>to": the bench loader MERGEs only edges that exist already and CREATEs the rest.
MATCH (a:Product)-[:FEEDS]->(b:Product)
RETURN a.id + ">" + b.id AS edge
