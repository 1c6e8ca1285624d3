// The facts of each project in $ids that a table import writes (before and after it, for the audit entries);
// no row for an id not in the graph yet.
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN id, {
  name: p.name, status: p.status, capacityValues: p.capacityValues, capacityUnits: p.capacityUnits,
  investmentValue: p.investmentValue,
  enterprise: head([(p)-[:BY]->(e:Enterprise) | e.id]),
  zone: head([(p)-[:IN_ZONE]->(z:Zone) | z.id]),
  builds: COLLECT { MATCH (p)-[:BUILDS]->(x:Product) WITH x ORDER BY x.id RETURN x.id }
} AS state
