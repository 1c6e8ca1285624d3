// A signed lead linked to an existing project instead of making one; no row when the project does not exist.
MATCH (l:Lead {id: $id}), (pr:Project {id: $project})
CREATE (l)-[:BECAME]->(pr)
SET pr.fromLead = l.id, pr.leadOwner = l.owner
RETURN pr.id AS id
