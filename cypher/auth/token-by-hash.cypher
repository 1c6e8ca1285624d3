// The token holder for a hashed bearer token; no row when unknown, revoked or expired.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > datetime())
RETURN t.id AS id, t.name AS name, t.role AS role
