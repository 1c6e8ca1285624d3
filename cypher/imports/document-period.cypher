// The period of an imported plan (十四五 → 2021–2025) and the date it was issued (YYYY-MM-DD, as the seed's
// document has it), when its text says: a fact is then as old as its text, not as its import.
MATCH (d:Document {id: $id})
SET d.periodStart = coalesce($periodStart, d.periodStart), d.periodEnd = coalesce($periodEnd, d.periodEnd),
  d.issued = coalesce($issued, d.issued)
