// Written after the start-up fill of the firms' scope keys: from then on the writers keep them.
MERGE (m:Migration {id: 'enterprise-scope-keys'})
SET m.at = datetime()
