MATCH (k:Indicator)
RETURN k {.*} AS indicator
ORDER BY k.id
