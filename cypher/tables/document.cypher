// The imported file is the document behind every fact the import writes; each row is a Source.
MERGE (d:Document {id: $document.id})
ON CREATE SET d.importedAt = datetime()
SET d.title = $document.title, d.file = null, d.kind = 'table'
WITH d
UNWIND $sources AS s
MERGE (src:Source {id: s.id})
SET src.doc = d.id, src.section = s.section, src.quote = s.quote, src.start = 0, src.line = s.line
MERGE (src)-[:IN_DOCUMENT]->(d)
