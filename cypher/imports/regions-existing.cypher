// Which of these region zone ids (省/市/区县, region-<code>) exist already: a plan commit records the ones it creates
// (the Import audit entry's regionsCreated), which a withdrawal removes again when nothing else hangs on them.
UNWIND $ids AS id
MATCH (z:Zone {id: id})
RETURN collect(z.id) AS ids
