// A district's own 2025 targets as its plan states them (seed zones.json `districtTargets`), and the source that
// states them appended to the district's sources and kept as `targetSource`, so that the zone page quotes that
// sentence beside the figures (cypher/plans/targets.cypher). $district: id; $output2025, $valueAdded2025: 亿元 or
// null; $source: a Source id.
MATCH (d:Zone {id: $district})
SET d.output2025 = $output2025,
    d.valueAdded2025 = $valueAdded2025,
    d.targetSource = $source,
    d.sources = coalesce(d.sources, []) + [s IN [$source] WHERE NOT s IN coalesce(d.sources, [])]
