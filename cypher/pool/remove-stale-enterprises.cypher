// Removes pool firms that are no longer in the pool ($ids: every firm of this import).
MATCH (e:Enterprise {origin: 'pool'})
WHERE e.source = 'chainkg' AND NOT e.id IN $ids
DETACH DELETE e
RETURN count(*) AS removed
