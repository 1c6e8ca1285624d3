// Sets (or, with $leader null, removes) the chain leader (链长) of chain $id. No row when the chain is unknown.
MATCH (c:Chain {id: $id})
SET c.leader = $leader
RETURN c.id AS id
