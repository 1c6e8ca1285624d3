// A lead as the resolvers take it (server/graphql/models.ts LeadModel). Expects `l` (the Lead), `p` (its link)
// and `z` (its zone). Used by leads/list.cypher and leads/by-id.cypher.
l {.id, .firmName, .owner, .stage, .investment, .capacity, .capacityUnit, .nextStep, .nextStepDate, .notes,
  createdAt: toString(l.createdAt), stageChangedAt: toString(l.stageChangedAt),
  link: p {.id, .name}, zone: z.id,
  firm: head([(l)-[:WITH_FIRM]->(e:Enterprise) | e.id]),
  project: head([(l)-[:BECAME]->(pr:Project) | pr.id]),
  chains: COLLECT { MATCH (c:Chain)-[:HAS_LINK]->(p) WITH c ORDER BY c.id RETURN c {.id, .name} }
} AS lead
