// One transaction far larger than the local Neo4j's transaction memory limit (the big-table scenario): it must
// fail with MemoryPoolOutOfMemoryError and roll back, leaving the JVM up. Never commits on a guarded Neo4j.
UNWIND range(1, $n) AS i
CREATE (:ChaosJunk {i: i, pad: $pad})
RETURN count(*) AS created
