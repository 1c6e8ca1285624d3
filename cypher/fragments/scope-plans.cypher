// The industries of the plans of the districts a scope touches, as an expression: for a region (省/市/区县) the
// districts inside it, for a zone the district it lies in. Null when there is no scope (`scopeZone` null: every
// chain) or the scope touches no district (a graph without regions). Expects `scopeZone`; the caller also keeps
// industries that belong to no plan. Used by chains.cypher.
CASE WHEN scopeZone IS NULL THEN null ELSE
  COLLECT {
    WITH [(scopeZone)-[:PART_OF*0..]->(up:Zone {kind: '区县'}) | up] + [(down:Zone {kind: '区县'})-[:PART_OF*1..]->(scopeZone) | down] AS ds
    UNWIND ds AS d
    MATCH (i:Industry)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(d)
    RETURN DISTINCT i.id
  }
END
