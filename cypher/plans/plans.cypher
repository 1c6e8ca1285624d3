// The plans (Documents FOR_DISTRICT a district) of one district ($district: id) or of every district (null), with
// their period and how many chains they state (chains whose sources quote the document). Order: district, then id;
// server/domain/periods.ts decides which is current and the order shown.
MATCH (doc:Document)-[:FOR_DISTRICT]->(d:Zone)
WHERE $district IS NULL OR d.id = $district
RETURN doc {.id, .title, .periodStart, .periodEnd} AS plan, d {.id, .name} AS district,
  COUNT {
    MATCH (c:Chain)
    WHERE EXISTS { MATCH (s:Source)-[:IN_DOCUMENT]->(doc) WHERE s.id IN c.sources }
  } AS chainCount
ORDER BY d.id, doc.id
