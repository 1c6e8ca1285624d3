// A new API token: only the sha256 of the secret is stored.
CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
RETURN t.id AS id
