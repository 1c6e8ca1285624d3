UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (s:Source {id: row.id})
SET s.doc = row.doc, s.section = row.section, s.quote = row.quote, s.start = row.start, s.line = row.line
MERGE (s)-[:IN_DOCUMENT]->(d)
