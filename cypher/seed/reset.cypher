// Removes everything the seed wrote, the leads (招商线索) on its links and zones, which would dangle without them,
// and the stored producer counts (LinkCount) of the links (same transaction as the reload, so a failed reload
// loses nothing). The pool's kept rows (PoolMainProducts) go with its firms: `pool:import` writes both again. An
// imported plan's year Targets go too (they hang on its zones and Document only, and would be left unattached).
MATCH (n:Industry|Chain|Product|Zone|Enterprise|Project|Indicator|Source|Document|Lead|LinkCount|PoolMainProducts|Target)
DETACH DELETE n
