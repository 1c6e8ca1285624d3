// Every relationship with its type, endpoints and properties, for the graph content hash.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
