// An imported plan: the document keeps its text so quotes can be shown in context.
MERGE (d:Document {id: $document.id})
ON CREATE SET d.importedAt = datetime()
SET d.title = $document.title, d.file = null, d.text = $document.text
