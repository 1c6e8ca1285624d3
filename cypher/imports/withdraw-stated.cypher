// Firms whose stated products (未入链产品) the plan had turned into its links get them back now the links are gone:
// the list before the import when the firm still has the list the import left, else the names added back; the
// label StatedProducts with them. $rows: [{id, before, after, add}].
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.id})
SET e.statedProducts = CASE WHEN coalesce(e.statedProducts, []) = row.after THEN row.before
  ELSE coalesce(e.statedProducts, []) + [x IN row.add WHERE NOT x IN coalesce(e.statedProducts, [])] END
FOREACH (_ IN CASE WHEN size(e.statedProducts) > 0 THEN [1] ELSE [] END | SET e:StatedProducts)
