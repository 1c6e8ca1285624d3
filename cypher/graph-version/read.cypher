// The graph's current version (polled by each server's response cache); '' before the first write.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, '') AS version
