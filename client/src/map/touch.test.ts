import { describe, expect, it } from 'vitest';
import { boxDistance, nearestWithin, TAP_SLOP } from './touch.ts';

const box = (id: string, x1: number, y1: number, w = 60, h = 14) => ({ id, x1, y1, x2: x1 + w, y2: y1 + h });

describe('tapping a link with a finger', () => {
  it('measures the distance from a point to a box on screen, zero inside it', () => {
    expect(boxDistance(box('a', 0, 0), { x: 10, y: 5 })).toBe(0);
    expect(boxDistance(box('a', 0, 0), { x: 70, y: 7 })).toBe(10);
    expect(boxDistance(box('a', 0, 0), { x: 63, y: 18 })).toBe(5);
  });

  it('gives a node a target of at least 44 px: a tap up to TAP_SLOP px outside its box opens it', () => {
    expect(TAP_SLOP * 2 + 14).toBeGreaterThanOrEqual(44);
    expect(nearestWithin([box('a', 100, 100)], { x: 130, y: 100 - TAP_SLOP + 1 })).toBe('a');
    expect(nearestWithin([box('a', 100, 100)], { x: 130, y: 100 - TAP_SLOP - 1 })).toBeNull();
  });

  it('opens the nearer of two nodes', () => {
    const boxes = [box('upper', 0, 0), box('lower', 0, 30)];
    expect(nearestWithin(boxes, { x: 20, y: 18 })).toBe('upper');
    expect(nearestWithin(boxes, { x: 20, y: 26 })).toBe('lower');
  });
});
