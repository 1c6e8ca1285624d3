// Removes pool firms that are no longer in the pool ($ids: every firm of this import); returns their ids and
// names (for the audit entries) and the links they produced (for the stored producer counts).
MATCH (e:Enterprise {origin: 'pool'})
WHERE e.source = 'chainkg' AND NOT e.id IN $ids
WITH e, {id: e.id, name: e.name} AS firm, COLLECT { MATCH (e)-[:PRODUCES]->(p:Product) RETURN p.id } AS links
DETACH DELETE e
RETURN collect(firm) AS removed, reduce(all = [], l IN collect(links) | all + l) AS links
