// Pool main-product names near a link (server/pool/suggestions.ts): the kept rows (keep-rows.cypher) whose
// normalised name contains $key (the link's normalised name) and, when $broader, names of 2+ characters that $key
// contains. One row per normalised name: its firms (kept rows have weight > 0; a firm counts once, at its largest
// share of that name), how many of them at a share ≥ $mainShare, the ids of the $examples firms of largest share
// and every spelling (one per row). Excluding links and aliases, ranking and bounding: server/pool/suggest.ts.
MATCH (s:PoolMainProducts {id: 'chainkg'})
WITH s.keys AS ks, s.enterprises AS es, s.names AS ns, s.weights AS ws
UNWIND [i IN range(0, size(ks) - 1)
  WHERE ks[i] CONTAINS $key OR ($broader AND size(ks[i]) >= 2 AND $key CONTAINS ks[i])] AS i
WITH ks[i] AS key, es[i] AS firm, ns[i] AS name, ws[i] AS weight
WITH key, firm, max(weight) AS weight, collect(name) AS names
ORDER BY weight DESC, firm
WITH key, collect(firm) AS firms, collect(weight) AS weights, collect(names) AS spellings
RETURN key, size(firms) AS firms, size([w IN weights WHERE w >= $mainShare]) AS mainFirms,
  firms[0..toInteger($examples)] AS examples, reduce(all = [], n IN spellings | all + n) AS names
