import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SideQueryGate } from './sideQueries.ts';

describe('SideQueryGate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is open on a page that holds nothing', () => {
    expect(new SideQueryGate().released).toBe(true);
  });

  it('holds side queries until the first map is drawn, then tells every listener once', () => {
    const gate = new SideQueryGate();
    const heard = vi.fn();
    gate.hold(4000);
    gate.subscribe(heard);
    expect(gate.released).toBe(false);
    gate.release();
    gate.release();
    expect(gate.released).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('lets them go after the longest wait when no map draws', () => {
    const gate = new SideQueryGate();
    const heard = vi.fn();
    gate.hold(4000);
    gate.subscribe(heard);
    vi.advanceTimersByTime(3999);
    expect(gate.released).toBe(false);
    vi.advanceTimersByTime(1);
    expect(gate.released).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('a listener that unsubscribed is not told', () => {
    const gate = new SideQueryGate();
    const heard = vi.fn();
    gate.hold(4000);
    gate.subscribe(heard)();
    gate.release();
    expect(heard).not.toHaveBeenCalled();
  });
});
