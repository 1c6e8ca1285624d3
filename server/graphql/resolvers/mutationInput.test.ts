import { describe, expect, it } from 'vitest';
import {
  aliasInput,
  createEnterpriseInput,
  leaderInput,
  parse,
  updateEnterpriseInput,
  zoneTargetsInput,
} from './mutationInput.ts';

const argumentOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { extensions?: { argument?: string } }).extensions?.argument;
  }
  return undefined;
};

describe('mutation inputs', () => {
  it('trims, dedupes and sorts ids, and turns empty text into null', () => {
    expect(
      parse(
        createEnterpriseInput,
        { name: ' 甲 ', local: true, produces: ['b', 'a', 'b'], note: ' ' },
        'input',
      ),
    ).toEqual({ name: '甲', local: true, produces: ['a', 'b'], note: null });
  });

  it('names the field of the first problem', () => {
    expect(argumentOf(() => parse(createEnterpriseInput, { name: '', local: true }, 'input'))).toBe(
      'input.name',
    );
    expect(argumentOf(() => parse(updateEnterpriseInput, { creditCode: 'ABC' }, 'input'))).toBe(
      'input.creditCode',
    );
    expect(argumentOf(() => parse(zoneTargetsInput, { output2025: -1, valueAdded2025: 1 }))).toBe(
      'output2025',
    );
  });

  it('accepts a valid credit code and keeps omitted update fields omitted', () => {
    expect(parse(updateEnterpriseInput, { creditCode: '91500222mA5U4X8Y3K' }, 'input')).toEqual({
      creditCode: '91500222MA5U4X8Y3K',
    });
  });

  it('refuses bidirectional control characters in every name, naming the field', () => {
    for (const c of ['\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f']) {
      const evil = `RTL${c}gnp.exe`;
      expect(argumentOf(() => parse(createEnterpriseInput, { name: evil, local: true }, 'input'))).toBe(
        'input.name',
      );
      expect(argumentOf(() => parse(updateEnterpriseInput, { fullName: evil }, 'input'))).toBe(
        'input.fullName',
      );
      expect(argumentOf(() => parse(leaderInput, { leader: evil }))).toBe('leader');
      expect(argumentOf(() => parse(aliasInput, { pool: evil }))).toBe('pool');
    }
    expect(argumentOf(() => parse(leaderInput, { leader: '王链长' }))).toBeUndefined();
  });

  it('refuses a 100,000-character name with the field named (not a database error)', () => {
    const long = '甲'.repeat(100_000);
    expect(argumentOf(() => parse(createEnterpriseInput, { name: long, local: true }, 'input'))).toBe(
      'input.name',
    );
    expect(argumentOf(() => parse(updateEnterpriseInput, { note: long }, 'input'))).toBe('input.note');
  });
});
