// Removes everything the seed wrote (same transaction as the reload, so a failed reload loses nothing).
MATCH (n:Industry|Chain|Product|Zone|Enterprise|Project|Indicator|Source|Document) DETACH DELETE n
