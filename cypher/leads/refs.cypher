// What a new or changed lead refers to: does the link, the zone exist; the firm's name (null: no such firm).
RETURN EXISTS { MATCH (:Product {id: $link}) } AS link,
       EXISTS { MATCH (:Zone {id: $zone}) } AS zone,
       head(COLLECT { MATCH (e:Enterprise {id: $firm}) RETURN e.name }) AS firmName
