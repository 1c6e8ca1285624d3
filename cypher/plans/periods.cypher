// Every district's plans (Documents FOR_DISTRICT a district) with their periods, without counting their chains
// (plans.cypher does): which plans are superseded, and whether a plan id exists. Order: district, then id.
MATCH (doc:Document)-[:FOR_DISTRICT]->(d:Zone)
RETURN doc {.id, .title, .periodStart, .periodEnd} AS plan, d {.id, .name} AS district
ORDER BY d.id, doc.id
