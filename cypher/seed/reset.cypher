// Removes everything the seed wrote, the leads (招商线索) on its links and zones, which would dangle without them,
// and the stored producer counts (LinkCount) of the links (same transaction as the reload, so a failed reload
// loses nothing).
MATCH (n:Industry|Chain|Product|Zone|Enterprise|Project|Indicator|Source|Document|Lead|LinkCount) DETACH DELETE n
