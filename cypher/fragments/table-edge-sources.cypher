// A table row's edge `r` that a plan states too (it lists every plan's quote in `sources`) lists the row's quote
// as well, so withdrawing the plan keeps the edge the table states (docs/IMPORTS.md, 表格导入亦载明). An edge with
// no list (the seed's, a table's) is left as the table writes it.
SET r.sources = CASE WHEN r.sources IS NULL OR row.source IN r.sources THEN r.sources ELSE r.sources + row.source END
