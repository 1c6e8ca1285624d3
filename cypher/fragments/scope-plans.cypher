// The industries of the plans of the districts a scope touches (fragments/scope-districts), as an expression.
// Null when there is no scope (`scopeZone` null: every chain) or the scope touches no district (a graph without
// regions). Expects `scopeZone`; the caller also keeps industries that belong to no plan. Used by chains.cypher.
CASE WHEN scopeZone IS NULL THEN null ELSE
  COLLECT {
    UNWIND
      // include: scope-districts
      AS did
    MATCH (i:Industry)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(:Zone {id: did})
    RETURN DISTINCT i.id
  }
END
