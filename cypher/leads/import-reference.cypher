// The leads an import may update: their stage and the status of the project a signed one became.
MATCH (l:Lead)
OPTIONAL MATCH (l)-[:BECAME]->(pr:Project)
RETURN l.id AS id, l.stage AS stage, pr.status AS projectStatus
