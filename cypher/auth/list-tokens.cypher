// Every token without its hash: holder, role, and when it was created, expires and was revoked.
MATCH (t:ApiToken)
RETURN t.id AS id, t.name AS name, t.role AS role, toString(t.createdAt) AS createdAt,
       toString(t.expiresAt) AS expiresAt, toString(t.revokedAt) AS revokedAt
ORDER BY t.createdAt
