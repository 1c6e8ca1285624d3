// Moves an enterprise to zone $zone (null: no zone). An unchanged LOCATED_IN edge keeps its source.
MATCH (e:Enterprise {id: $id})
OPTIONAL MATCH (e)-[r:LOCATED_IN]->(old:Zone) WHERE $zone IS NULL OR old.id <> $zone
DELETE r
WITH DISTINCT e
OPTIONAL MATCH (z:Zone {id: $zone})
FOREACH (_ IN CASE WHEN z IS NULL THEN [] ELSE [1] END | MERGE (e)-[:LOCATED_IN]->(z))
RETURN e.id AS id
