// A plan's text, for what it says about chains it does not restate: imported plans keep it on the Document
// (`text`), the seeded plan names its file in the repository (`file`).
MATCH (d:Document {id: $plan})
RETURN d.text AS text, d.file AS file
