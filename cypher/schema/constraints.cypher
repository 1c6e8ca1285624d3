// Applied at start-up; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (n:Chain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT zone_id IF NOT EXISTS FOR (n:Zone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE INDEX product_name IF NOT EXISTS FOR (n:Product) ON (n.name);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
// A region's firms in name order (enterprises-unfiltered.cypher): the firms' province and city, kept by every
// writer of LOCATED_IN and PART_OF (cypher/fragments/enterprise-scope-keys.cypher).
CREATE INDEX enterprise_scope_province IF NOT EXISTS FOR (n:Enterprise) ON (n.scopeProvince, n.name, n.id);
CREATE INDEX enterprise_scope_city IF NOT EXISTS FOR (n:Enterprise) ON (n.scopeCity, n.name, n.id);
// Regions (docs/SEED.md): the districts of the graph (the unscoped label, the cross-district view) by kind.
CREATE INDEX zone_kind IF NOT EXISTS FOR (n:Zone) ON (n.kind);
// Search uses the TEXT indexes below (docs/SEARCH.md); the CJK (bigram) full-text index measured against them
// is not kept: it misses one-character terms inside names.
DROP INDEX search_names IF EXISTS;
// One token per character (`standard-no-stop-words`): search's one- and two-character Chinese terms, which the
// TEXT indexes cannot seek, are a phrase query here, post-filtered by the same CONTAINS (docs/SEARCH.md); and a
// region's enterprise page with a Chinese name filter, a phrase on the names AND the firms' scope key
// (enterprises.cypher). `search_chars` was the same index without the scope keys.
DROP INDEX search_chars IF EXISTS;
CREATE FULLTEXT INDEX name_chars IF NOT EXISTS
FOR (n:Product|Chain|Enterprise|Zone|Project) ON EACH [n.name, n.fullName, n.expression, n.scopeProvince, n.scopeCity]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
CREATE TEXT INDEX product_name_text IF NOT EXISTS FOR (n:Product) ON (n.name);
CREATE TEXT INDEX chain_name_text IF NOT EXISTS FOR (n:Chain) ON (n.name);
CREATE TEXT INDEX chain_expression_text IF NOT EXISTS FOR (n:Chain) ON (n.expression);
CREATE TEXT INDEX enterprise_name_text IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE TEXT INDEX enterprise_fullname_text IF NOT EXISTS FOR (n:Enterprise) ON (n.fullName);
CREATE TEXT INDEX zone_name_text IF NOT EXISTS FOR (n:Zone) ON (n.name);
CREATE TEXT INDEX project_name_text IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_entity IF NOT EXISTS FOR (n:AuditEntry) ON (n.entity);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE CONSTRAINT alias_pool IF NOT EXISTS FOR (n:Alias) REQUIRE n.pool IS UNIQUE;
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lead_id IF NOT EXISTS FOR (n:Lead) REQUIRE n.id IS UNIQUE;
// Stored producer counts per link and zone scope (cypher/link-counts/refresh.cypher): read by link and scope, and
// a link's counts by `link` alone from the same index (its first property). A separate index on `link` cost every
// count written a second entry and is dropped where an older schema made it (docs/BENCHMARKS.md, 5 Dec 23:05).
CREATE CONSTRAINT link_count_key IF NOT EXISTS FOR (n:LinkCount) REQUIRE (n.link, n.scope) IS UNIQUE;
DROP INDEX link_count_link IF EXISTS;
