// The industries a plan states ($plan: a Document id), by id: a district's focus industries when no zone-level
// FOCUSES_ON says otherwise (server/graphql/resolvers/types.ts focusOf).
MATCH (i:Industry)-[:IN_PLAN]->(:Document {id: $plan})
RETURN i.id AS id
ORDER BY id
