/** A project's capacity: a value, its unit, and the product it counts when the plan names one. */
export interface Capacity {
  value: number;
  unit: string;
  product?: string | null;
}

/** Capacities as parallel lists, the way a Project node stores them. */
export function capacitiesOf(values: readonly number[], units: readonly string[]): Capacity[] {
  return values.map((value, i) => ({ value, unit: units[i] ?? '' }));
}

/**
 * "20 万吨/年 铝锭、5 万吨/年": each capacity with its unit and its product, joined by 、. The product is left
 * out when it is `about` (the link the text already speaks of).
 */
export function capacityText(caps: readonly Capacity[], about?: string | null): string {
  return caps
    .map((c) => {
      const product = c.product && c.product !== about ? c.product : '';
      return [String(c.value), c.unit, product].filter((s) => s !== '').join(' ');
    })
    .join('、');
}
