MERGE (d:Document {id: $document.id})
SET d.title = $document.title, d.file = $document.file, d.issued = $document.issued,
    d.periodStart = toInteger($document.periodStart), d.periodEnd = toInteger($document.periodEnd)
