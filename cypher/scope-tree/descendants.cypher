// The zones inside $zone at any depth, itself not included (Zone.descendants: the lead form's district), at most
// $first: level by level (its children, then theirs), by id within a level, so a list cut at $first holds every
// zone's parent above it. Each zone once, at its nearest depth (a zone lies on one PART_OF path).
MATCH p = (c:Zone)-[:PART_OF*1..]->(:Zone {id: $zone})
WITH c, min(length(p)) AS depth
ORDER BY depth, c.id
LIMIT toInteger($first)
RETURN c.id AS id
