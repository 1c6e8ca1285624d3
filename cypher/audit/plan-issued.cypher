// The date the plan was issued: the age of every seeded fact that was never edited.
MATCH (d:Document) WHERE d.issued IS NOT NULL
RETURN min(d.issued) AS issued
