// A region zone (省/市/区县) a plan commit created goes when nothing hangs on it any more (fragments/region-idle).
// Returns 1 when removed, and its name (the report lists regions by name).
MATCH (z:Zone {id: $id})
// include: region-idle
WITH z, z.name AS name
DETACH DELETE z
RETURN count(*) AS removed, head(collect(name)) AS name
