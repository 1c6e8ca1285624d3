// The period of an imported plan (十四五 → 2021–2025), when its text says.
MATCH (d:Document {id: $id})
SET d.periodStart = coalesce($periodStart, d.periodStart), d.periodEnd = coalesce($periodEnd, d.periodEnd)
