// The full-text index the search comparison (bench/search-index.ts) measures; the product does not keep it.
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Product|Chain|Enterprise|Zone|Project) ON EACH [n.name, n.fullName, n.expression]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
