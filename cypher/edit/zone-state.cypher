MATCH (z:Zone {id: $id})
RETURN {output2025: z.output2025, valueAdded2025: z.valueAdded2025} AS state
