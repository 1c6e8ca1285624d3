// The document of each Source id $ids: its id, title and whether a plan import, a table import or the seed made it.
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (d:Document {id: s.doc})
RETURN id, s.doc AS doc, coalesce(d.title, s.doc) AS title,
  CASE WHEN d.kind = 'table' THEN 'table' WHEN d.importedAt IS NOT NULL THEN 'import' ELSE 'seed' END AS kind
