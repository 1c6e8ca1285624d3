import { describe, expect, it } from 'vitest';
import { createEnterpriseInput, parse, updateEnterpriseInput, zoneTargetsInput } from './mutationInput.ts';

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
});
