/**
 * Tapping a link with a finger. A node drawn at the default zoom of a phone can be smaller than a fingertip
 * (WCAG 2.5.5 asks for 44 px targets); a tap that lands on the background near a node opens the nearest one
 * within TAP_SLOP pixels of its box, measured on screen.
 */
export const TAP_SLOP = 22;

export interface ScreenBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Distance on screen from a point to a box (0 inside it). */
export function boxDistance(b: ScreenBox, p: { x: number; y: number }): number {
  const dx = Math.max(b.x1 - p.x, 0, p.x - b.x2);
  const dy = Math.max(b.y1 - p.y, 0, p.y - b.y2);
  return Math.hypot(dx, dy);
}

/** The id of the box nearest to `p` within `slop` pixels, or null when none is that near. */
export function nearestWithin(
  boxes: Iterable<ScreenBox>,
  p: { x: number; y: number },
  slop = TAP_SLOP,
): string | null {
  let best: string | null = null;
  let bestDistance = slop;
  for (const b of boxes) {
    const d = boxDistance(b, p);
    if (d <= bestDistance) {
      best = b.id;
      bestDistance = d;
    }
  }
  return best;
}
