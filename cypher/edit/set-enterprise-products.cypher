// Makes $products the enterprise's PRODUCES links; edges that stay keep their source.
MATCH (e:Enterprise {id: $id})
OPTIONAL MATCH (e)-[r:PRODUCES]->(old:Product) WHERE NOT old.id IN $products
DELETE r
WITH DISTINCT e
UNWIND $products AS pid
MATCH (p:Product {id: pid})
MERGE (e)-[:PRODUCES]->(p)
RETURN count(*) AS linked
