// Names CONTAINS finds for $q over the TEXT indexes (bench/search-index.ts).
MATCH (n) WHERE (n:Product OR n:Chain OR n:Enterprise OR n:Zone OR n:Project) AND n.name CONTAINS $q
RETURN n.name AS name LIMIT 100
