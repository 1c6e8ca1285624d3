/**
 * What the chain-round tests (groups, planKinds, generalise, round10–12 .test.ts) ask of a made-up sentence: the
 * stages of the chains read from it, the reasons of its rejected look-alikes, and that it yields no chain and is
 * rejected for a given reason.
 */
import { expect } from 'vitest';
import { extract } from './index.ts';

export const stagesOf = (text: string) => extract(text).chains.map((c) => c.stages);
export const reasonsOf = (text: string) => extract(text).rejected.map((r) => r.reason);

export function keptOut(text: string, reason: string): void {
  expect(extract(text).chains, text).toEqual([]);
  expect(reasonsOf(text), text).toContain(reason);
}
