// Removes pool firms that are no longer in the pool ($ids: every firm of this import); returns their ids and
// names (for the audit entries).
MATCH (e:Enterprise {origin: 'pool'})
WHERE e.source = 'chainkg' AND NOT e.id IN $ids
WITH e, {id: e.id, name: e.name} AS firm
DETACH DELETE e
RETURN collect(firm) AS removed
