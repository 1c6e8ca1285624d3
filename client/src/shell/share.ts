/**
 * Sharing a page: every view's state is in its URL, so sharing is sending the URL with a title. The system share
 * sheet (navigator.share: phones, some desktops) where there is one, else the clipboard.
 */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The parts of `navigator` sharing uses (a parameter, so tests can pass their own). */
export interface ShareTarget {
  share?: (data: { title: string; text?: string; url: string }) => Promise<void>;
  clipboard?: { writeText: (text: string) => Promise<void> };
}

/** The text the clipboard gets: the title on one line, the link on the next (chat apps show both). */
export const clipboardText = (title: string, url: string) => `${title}\n${url}`;

export async function shareLink(title: string, url: string, target: ShareTarget): Promise<ShareOutcome> {
  if (target.share) {
    try {
      await target.share({ title, url });
      return 'shared';
    } catch (e) {
      // Closing the share sheet is a choice, not a failure; any other error falls through to the clipboard.
      if (e instanceof Error && e.name === 'AbortError') return 'cancelled';
    }
  }
  if (!target.clipboard) return 'failed';
  try {
    await target.clipboard.writeText(clipboardText(title, url));
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** The title of what is on screen: its heading, then the app's name. */
export function pageTitle(heading: string | null | undefined, appTitle: string): string {
  const h = heading?.replace(/\s+/g, ' ').trim();
  return h ? `${h} · ${appTitle}` : appTitle;
}
