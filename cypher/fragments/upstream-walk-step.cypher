// One breadth-first step of upstream-walk.cypher: the links that FEED any link of `frontier` and are not in
// `seen`, each once, by name then id; as many as there is room for (up to $limit found in all) are kept, and one
// more than there is room for ends the walk as truncated. A step past $maxDepth, after truncation or from an empty
// frontier finds nothing. Expects and yields frontier, seen, found, distance, truncated (and target).
CALL (frontier, seen, distance, truncated) {
  WITH frontier, seen
  WHERE distance <= $maxDepth AND NOT truncated
  UNWIND frontier AS pid
  MATCH (:Product {id: pid})<-[:FEEDS]-(u:Product)
  WHERE NOT u.id IN seen
  WITH DISTINCT u
  ORDER BY u.name, u.id
  RETURN collect(u {.id, .name}) AS next
}
WITH target, seen, found, distance, truncated, next, toInteger($limit) - size(found) AS room
WITH target, seen, found, distance, truncated OR size(next) > room AS truncated, next[0..room] AS kept
WITH target, [k IN kept | k.id] AS frontier, seen + [k IN kept | k.id] AS seen,
     found + [k IN kept | k {.id, .name, distance: distance}] AS found, distance + 1 AS distance, truncated
