// Whether the firms' scope keys were filled (seed/scopeKeys.ts fillScopeKeys): one row when they were.
MATCH (m:Migration {id: 'enterprise-scope-keys'})
RETURN m.id AS id
