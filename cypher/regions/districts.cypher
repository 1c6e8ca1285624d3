// The districts of the graph, at most $limit (in no order) (the unscoped view's label: one district's name, else
// 全部地区). Uses the Zone(kind) index, so a national graph is not scanned.
MATCH (d:Zone {kind: '区县'})
RETURN d.id AS id, d.name AS name
LIMIT toInteger($limit)
