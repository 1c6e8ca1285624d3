// Of the region zones $ids, those nothing hangs on any more (fragments/region-idle), by name: the district of a plan
// committed before its commit recorded the regions it created, which a withdrawal leaves and reports.
UNWIND $ids AS id
MATCH (z:Zone {id: id})
// include: region-idle
RETURN z.id AS id, z.name AS name
