import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('enterprise cursors', () => {
  it('round-trip the sort key, Chinese names included', () => {
    expect(decodeCursor(encodeCursor('旗能电铝', 'ent-qineng'))).toEqual({
      name: '旗能电铝',
      id: 'ent-qineng',
    });
  });
  it('reject anything else as BAD_USER_INPUT on "after"', () => {
    for (const bad of ['', 'xyz', Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(bad);
        expect.unreachable();
      } catch (e) {
        expect((e as { extensions: unknown }).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argument: 'after',
        });
      }
    }
  });
});
