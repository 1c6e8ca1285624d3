// The seeded plan's district when it has no SEEKS edge yet (a database seeded before plans' sought links were
// kept); no row otherwise (migrated, seeded in the new shape, no district, or not seeded at all).
MATCH (doc:Document {id: $document})-[:FOR_DISTRICT]->(d:Zone)
WHERE NOT (d)-[:SEEKS]->(:Product)
RETURN d.id AS district
LIMIT 1
