// The kept pool rows (keep-rows.cypher) whose normalised product name is one of $keys (the only names that can
// match a link or an alias: Matcher.keys), as parallel lists. Filtered here: the whole pool is ~50k rows.
MATCH (s:PoolMainProducts {id: 'chainkg'})
WITH s.keys AS ks, s.enterprises AS es, s.names AS ns, s.weights AS ws
WITH es, ns, ws, [i IN range(0, size(ks) - 1) WHERE ks[i] IN $keys] AS hits
RETURN [i IN hits | es[i]] AS enterprises, [i IN hits | ns[i]] AS names, [i IN hits | ws[i]] AS weights
