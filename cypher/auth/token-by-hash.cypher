// The token holder for a hashed bearer token; no row when unknown.
MATCH (t:ApiToken {hash: $hash})
RETURN t.id AS id, t.name AS name, t.role AS role
