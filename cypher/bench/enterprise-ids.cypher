// Benchmark loader: the internal ids of Enterprise nodes older than the load that its relationship rows reference
// (bench/data/ids.ts), read once per node. $keys: their `id` values.
UNWIND $keys AS key
MATCH (n:Enterprise {id: key})
RETURN collect(key) AS keys, collect(id(n)) AS ns
