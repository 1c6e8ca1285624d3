import { describe, expect, it } from 'vitest';
import { clipboardText, pageTitle, shareLink } from './share.ts';

const URL_ = 'https://example.org/?view=briefing&chain=c1';

describe('sharing a page', () => {
  it('uses the system share sheet when there is one, with the title and the URL', async () => {
    const sent: unknown[] = [];
    const outcome = await shareLink('简报', URL_, {
      share: async (d) => {
        sent.push(d);
      },
    });
    expect(outcome).toBe('shared');
    expect(sent).toEqual([{ title: '简报', url: URL_ }]);
  });

  it('copies the title and the URL when there is no share sheet', async () => {
    let copied = '';
    const outcome = await shareLink('简报', URL_, {
      clipboard: {
        writeText: async (t) => {
          copied = t;
        },
      },
    });
    expect(outcome).toBe('copied');
    expect(copied).toBe(clipboardText('简报', URL_));
    expect(copied.split('\n')).toEqual(['简报', URL_]);
  });

  it('treats a closed share sheet as a choice, and other share errors by copying instead', async () => {
    const abort = Object.assign(new Error('closed'), { name: 'AbortError' });
    let copied = '';
    const clipboard = {
      writeText: async (t: string) => {
        copied = t;
      },
    };
    await expect(shareLink('t', URL_, { share: () => Promise.reject(abort), clipboard })).resolves.toBe(
      'cancelled',
    );
    expect(copied).toBe('');
    await expect(
      shareLink('t', URL_, { share: () => Promise.reject(new Error('NotAllowed')), clipboard }),
    ).resolves.toBe('copied');
  });

  it('reports a failure when neither works', async () => {
    await expect(shareLink('t', URL_, {})).resolves.toBe('failed');
    const clipboard = { writeText: () => Promise.reject(new Error('denied')) };
    await expect(shareLink('t', URL_, { clipboard })).resolves.toBe('failed');
  });

  it("titles a page by its heading and the app's name", () => {
    expect(pageTitle('  再生铝产业链\n', '产业链图谱')).toBe('再生铝产业链 · 产业链图谱');
    expect(pageTitle(null, '产业链图谱')).toBe('产业链图谱');
  });
});
