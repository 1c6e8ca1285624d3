import { type ReactNode, useEffect, useState } from 'react';
import { zh } from '../i18n/zh.ts';

/**
 * A side panel on wide screens; on a phone (responsive.css) a bottom sheet over the map: a peek with a handle
 * when nothing is chosen, raised whenever something is (`raiseOn` changes to an id), and lowered or raised
 * again by its handle.
 */
export function Sheet({
  label,
  raiseOn,
  className = '',
  children,
}: {
  label: string;
  /** What is chosen (null: nothing): the sheet rises for each new choice and lowers when it is cleared. */
  raiseOn: string | null;
  className?: string;
  children: ReactNode;
}) {
  const [up, setUp] = useState(raiseOn !== null);
  useEffect(() => setUp(raiseOn !== null), [raiseOn]);
  return (
    <aside className={`inspector sheet ${up ? 'raised' : ''} ${className}`} aria-label={label}>
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={up}
        aria-label={up ? zh.shell.collapseSheet : zh.shell.expandSheet}
        onClick={() => setUp((u) => !u)}
      />
      {children}
    </aside>
  );
}
