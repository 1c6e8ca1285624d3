MATCH (l:Lead {id: $id})
SET l.stage = $stage, l.stageChangedAt = datetime()
RETURN l.id AS id
