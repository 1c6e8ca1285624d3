MATCH (p:Project {id: $id})
SET p.status = $status
RETURN p.id AS id
