// Every node with its labels and properties, for the graph content hash (bench/lib/graph-hash.ts).
MATCH (n)
RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props
