// A new lead on a link in a zone, with its firm when the firm is an Enterprise of the graph.
MATCH (p:Product {id: $link}), (z:Zone {id: $zone})
CREATE (l:Lead {id: $id, stage: $stage, createdAt: datetime(), stageChangedAt: datetime()})
SET l += $props
CREATE (l)-[:FOR_LINK]->(p), (l)-[:IN_ZONE]->(z)
WITH l
CALL (l) {
  MATCH (e:Enterprise {id: $firm})
  CREATE (l)-[:WITH_FIRM]->(e)
}
RETURN l.id AS id
