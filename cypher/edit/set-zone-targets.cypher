MATCH (z:Zone {id: $id})
SET z.output2025 = $output2025, z.valueAdded2025 = $valueAdded2025
RETURN z.id AS id
