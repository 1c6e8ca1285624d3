// The pool's main-product rows the graph keeps (keep-rows.cypher), as parallel lists.
MATCH (s:PoolMainProducts {id: 'chainkg'})
RETURN s.enterprises AS enterprises, s.names AS names, s.weights AS weights
