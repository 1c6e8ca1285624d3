// The lead each project in $ids was signed from (DataLoader); no row for a project no lead became.
UNWIND $ids AS pid
MATCH (l:Lead)-[:BECAME]->(:Project {id: pid})
RETURN pid AS project, l.id AS lead
