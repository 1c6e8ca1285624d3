// The regions a plan's document is already FOR_DISTRICT (a text imported before), by name. $doc: the document id
// (doc-import-<hash of the text>).
MATCH (:Document {id: $doc})-[:FOR_DISTRICT]->(z:Zone)
RETURN z.id AS id, z.name AS name
ORDER BY name
