// Names the full-text index finds for $q (bench/search-index.ts).
CALL db.index.fulltext.queryNodes("search_names", $q) YIELD node
RETURN node.name AS name LIMIT 100
