// A signed lead becomes a project (status 签约) building its link in its zone, by its firm when the firm is in the
// graph; the project names the lead (fromLead, leadOwner) so the link's reason line can say where it came from.
MATCH (l:Lead {id: $id})-[:FOR_LINK]->(p:Product), (l)-[:IN_ZONE]->(z:Zone)
CREATE (pr:Project {
  id: $project, name: l.firmName + p.name + '项目', kind: '招商项目', status: '签约',
  capacityValues: CASE WHEN l.capacity IS NULL THEN [] ELSE [l.capacity] END,
  capacityUnits: CASE WHEN l.capacity IS NULL THEN [] ELSE [coalesce(l.capacityUnit, '')] END,
  capacityProducts: CASE WHEN l.capacity IS NULL THEN [] ELSE [p.name] END,
  investmentValue: l.investment,
  investmentUnit: CASE WHEN l.investment IS NULL THEN null ELSE '亿元' END,
  industry: head(COLLECT { MATCH (i:Industry)-[:HAS_CHAIN]->(:Chain)-[:HAS_LINK]->(p) RETURN i.id ORDER BY i.id }),
  sources: [], fromLead: l.id, leadOwner: l.owner, leadMade: true
})
CREATE (pr)-[:BUILDS]->(p), (pr)-[:IN_ZONE]->(z), (l)-[:BECAME]->(pr)
WITH l, pr
CALL (l, pr) {
  MATCH (l)-[:WITH_FIRM]->(e:Enterprise)
  CREATE (pr)-[:BY]->(e)
}
RETURN pr {.id, .name, .status, builds: [(pr)-[:BUILDS]->(x:Product) | x.id], zone: head([(pr)-[:IN_ZONE]->(y:Zone) | y.id]),
  fromLead: pr.fromLead} AS project
