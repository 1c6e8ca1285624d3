MATCH (c:Chain {id: $id})
RETURN {leader: c.leader} AS state
