RETURN EXISTS { MATCH (:Chain {id: $chain}) } AS exists
