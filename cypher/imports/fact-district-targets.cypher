// The district's own targets of an imported plan (review `districtTargets`): a 2025 target sets output2025 /
// valueAdded2025 as the seed's districtTargets do (cypher/regions/district-targets.cypher); a figure the review
// does not give is kept, never erased. Every target's sentence is appended to the district's sources. Targets of
// other years live on their Target nodes only (cypher/plans/write-targets.cypher).
// $district: id; $rows: [{year, output, valueAdded, source}]. Returns the 2025 figures before and after.
MATCH (d:Zone {id: $district})
WITH d, [r IN $rows WHERE r.year = 2025][0] AS t, [r IN $rows | r.source] AS cited,
     d.output2025 AS output, d.valueAdded2025 AS valueAdded
SET d.output2025 = CASE WHEN t IS NULL THEN d.output2025 ELSE coalesce(t.output, d.output2025) END,
    d.valueAdded2025 = CASE WHEN t IS NULL THEN d.valueAdded2025 ELSE coalesce(t.valueAdded, d.valueAdded2025) END,
    // Two years stated in one sentence cite it once.
    d.sources = reduce(acc = coalesce(d.sources, []), s IN cited | CASE WHEN s IN acc THEN acc ELSE acc + s END)
RETURN {output2025: output, valueAdded2025: valueAdded} AS before,
       {output2025: d.output2025, valueAdded2025: d.valueAdded2025} AS after
