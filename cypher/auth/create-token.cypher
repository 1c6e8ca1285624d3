// A new API token: only the sha256 of the secret is stored; expiresAt is null for a token that never expires.
CREATE (t:ApiToken {
  id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(),
  expiresAt: CASE WHEN $days IS NULL THEN null ELSE datetime() + duration({days: $days}) END
})
RETURN t.id AS id, toString(t.expiresAt) AS expiresAt
