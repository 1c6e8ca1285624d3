// Every MAIN_PRODUCT edge of a pool firm, with what the re-match compares (server/pool/rematch.ts).
MATCH (e:Enterprise)-[m:MAIN_PRODUCT]->(p:Product)
WHERE e.origin = 'pool'
RETURN e.id AS enterprise, p.id AS product, m.weight AS weight, m.productName AS productName, m.basis AS basis
