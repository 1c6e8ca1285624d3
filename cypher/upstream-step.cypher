// One breadth-first step upstream: the links that FEED any link of $frontier and are not in $seen, each once,
// by name. server/domain/upstream.ts walks step by step and stops at $maxDepth or at its limit of links.
UNWIND $frontier AS pid
MATCH (:Product {id: pid})<-[:FEEDS]-(u:Product)
WHERE NOT u.id IN $seen
WITH DISTINCT u
ORDER BY u.name, u.id
LIMIT toInteger($limit)
RETURN u.id AS id, u.name AS name
