/** What the facts round tests (round9–14 .test.ts) ask of a made-up text: its facts, and its firms as name@zone. */
import { extract } from '../index.ts';

export const facts = (t: string, title = '') => extract(t, title).facts;
export const placed = (f: ReturnType<typeof facts>) => f.firms.map((x) => `${x.name}@${x.zone}`);
