// The facts of each lead in $ids (for audit entries, before and after a change) and the status of the project it
// became; no row for an id not in the graph.
UNWIND $ids AS lid
MATCH (l:Lead {id: lid})
OPTIONAL MATCH (l)-[:BECAME]->(pr:Project)
RETURN lid AS id, {
  firmName: l.firmName, owner: l.owner, stage: l.stage, investment: l.investment, capacity: l.capacity,
  capacityUnit: l.capacityUnit, nextStep: l.nextStep, nextStepDate: l.nextStepDate, notes: l.notes,
  firm: head([(l)-[:WITH_FIRM]->(e:Enterprise) | e.id]),
  link: head([(l)-[:FOR_LINK]->(p:Product) | p.id]),
  zone: head([(l)-[:IN_ZONE]->(z:Zone) | z.id]),
  project: pr.id
} AS state, pr.status AS projectStatus, coalesce(pr.leadMade, false) AS projectMade
