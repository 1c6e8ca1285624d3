// Which of the ids a plan import is about to write exist already (reported as merged, the rest as added).
RETURN [id IN $zones WHERE EXISTS { MATCH (:Zone {id: id}) }] AS zones,
       [id IN $industries WHERE EXISTS { MATCH (:Industry {id: id}) }] AS industries,
       [id IN $enterprises WHERE EXISTS { MATCH (:Enterprise {id: id}) }] AS enterprises,
       [id IN $projects WHERE EXISTS { MATCH (:Project {id: id}) }] AS projects,
       [id IN coalesce($yearTargets, []) WHERE EXISTS { MATCH (:Target {id: id}) }] AS yearTargets,
       [id IN coalesce($seeks, []) WHERE EXISTS { MATCH (:Zone {id: $district})-[:SEEKS]->(:Product {id: id}) }] AS seeks
