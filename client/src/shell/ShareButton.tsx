import { useEffect, useState } from 'react';
import { zh } from '../i18n/zh.ts';
import { Icon } from './icons.tsx';
import { pageTitle, type ShareOutcome, shareLink } from './share.ts';

const NOTE: Partial<Record<ShareOutcome, string>> = { copied: zh.shell.copied, failed: zh.shell.copyFailed };

/** 分享: the current URL (which holds the whole view) with the page's heading as its title. */
export function ShareButton() {
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (!note) return;
    const t = setTimeout(() => setNote(null), 2500);
    return () => clearTimeout(t);
  }, [note]);
  const share = async () => {
    const heading = document.querySelector('.app-main h1, .app-main h2')?.textContent;
    const outcome = await shareLink(pageTitle(heading, zh.appTitle), window.location.href, navigator);
    setNote(NOTE[outcome] ?? null);
  };
  return (
    <div className="share">
      <button
        type="button"
        className="header-icon share-button"
        onClick={() => void share()}
        aria-label={zh.shell.share}
        title={zh.shell.share}
      >
        <Icon name="share" />
        <span className="share-label">{zh.shell.share}</span>
      </button>
      {note && (
        <span className="share-note" role="status">
          {note}
        </span>
      )}
    </div>
  );
}
