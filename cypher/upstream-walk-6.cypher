// upstream-walk.cypher for $maxDepth ≤ 6 (the explorer asks 6): six steps to plan instead of twenty.
// include: upstream-walk-start
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-step
// include: upstream-walk-end
