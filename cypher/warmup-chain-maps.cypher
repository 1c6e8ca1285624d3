// Start-up warm-up (server/warmup.ts): reads what a chain map reads of every chain's links — the stored producer
// count and name, the chains sharing the link, the FEEDS out of it with their `chains` and the chains of their
// other end, the projects building it — so the first maps after `ready` find these pages in Neo4j's page cache
// rather than on disk (a cold store took seconds for the largest map). Returns counts only.
MATCH (:Chain)-[:HAS_LINK]->(p:Product)
WITH DISTINCT p
RETURN count(p) AS links,
  sum(coalesce(p.producerCount, 0) + size(coalesce(p.name, ''))) AS touched,
  sum(COUNT { (p)<-[:HAS_LINK]-(:Chain) }) AS memberships,
  sum(COUNT { MATCH (p)-[f:FEEDS]->(:Product)<-[:HAS_LINK]-(:Chain) WHERE f.chains IS NOT NULL }) AS feeds,
  sum(COUNT { MATCH (pr:Project)-[:BUILDS]->(p) WHERE pr.name IS NOT NULL }) AS projects
