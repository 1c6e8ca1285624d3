MATCH (p:Project {id: $id})
RETURN {status: p.status} AS state
