// Revokes every live token of a holder (by name) or with an id: they stop working on the next request.
MATCH (t:ApiToken)
WHERE (t.name = $name OR t.id = $name) AND t.revokedAt IS NULL
SET t.revokedAt = datetime()
RETURN t.id AS id, t.role AS role
ORDER BY id
