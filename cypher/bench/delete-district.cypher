// Benchmark graph: removes the generated enterprises, projects and zones of the districts in $districts
// (used to load the same slice again with the other loader).
UNWIND $districts AS d
CALL (d) {
  MATCH (n) WHERE (n:Enterprise OR n:Project OR n:Zone) AND n.district = d
  DETACH DELETE n
}
