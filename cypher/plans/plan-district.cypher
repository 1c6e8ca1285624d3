// The district a plan is for ($plan: a Document id): the comparison page reads that district's plans. No row when
// no plan has the id.
MATCH (:Document {id: $plan})-[:FOR_DISTRICT]->(d:Zone)
RETURN d.id AS district
LIMIT 1
