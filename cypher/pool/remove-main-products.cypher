// Removes the MAIN_PRODUCT edges $rows ({enterprise, product} ids) that no longer match (server/pool/rematch.ts).
UNWIND $rows AS row
MATCH (:Enterprise {id: row.enterprise})-[m:MAIN_PRODUCT]->(:Product {id: row.product})
DELETE m
RETURN count(*) AS removed
