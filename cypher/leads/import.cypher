// Adds or updates leads from the weekly report: every fact of the row replaces the old one (an empty cell clears
// an optional fact); the link, the zone and the firm are replaced. A changed stage stamps stageChangedAt.
UNWIND $rows AS row
MERGE (l:Lead {id: row.id})
ON CREATE SET l.createdAt = datetime(), l.stageChangedAt = datetime()
SET l.stageChangedAt = CASE WHEN l.stage IS NOT NULL AND l.stage <> row.stage THEN datetime() ELSE l.stageChangedAt END
SET l.stage = row.stage, l.firmName = row.firmName, l.owner = row.owner, l.investment = row.investment,
    l.capacity = row.capacity, l.capacityUnit = row.capacityUnit, l.nextStep = row.nextStep,
    l.nextStepDate = row.nextStepDate, l.notes = row.notes
WITH l, row
OPTIONAL MATCH (l)-[old:FOR_LINK|IN_ZONE|WITH_FIRM]->()
DELETE old
WITH DISTINCT l, row
MATCH (p:Product {id: row.link}), (z:Zone {id: row.zone})
CREATE (l)-[:FOR_LINK]->(p), (l)-[:IN_ZONE]->(z)
WITH l, row
CALL (l, row) {
  MATCH (e:Enterprise {id: row.firm})
  CREATE (l)-[:WITH_FIRM]->(e)
}
RETURN count(*) AS written
