// Whether the graph keeps pool rows (a pool was imported): a label count, answered from the count store.
MATCH (s:PoolMainProducts)
RETURN count(s) AS n
