// Removes MAIN_PRODUCT edges of pool firms that no longer match ($keys: '<enterprise id>><product id>' of
// every edge this import writes), e.g. after an alias was edited or a link renamed.
MATCH (e:Enterprise {origin: 'pool'})-[m:MAIN_PRODUCT]->(p:Product)
WHERE NOT (e.id + '>' + p.id) IN $keys
DELETE m
RETURN count(*) AS removed
