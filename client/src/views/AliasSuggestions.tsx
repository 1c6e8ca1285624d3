/**
 * 扩展招引池匹配: the pool main-product names near a link (Query.aliasSuggestions) with their firm counts and
 * example firms, a button that makes one the link's alias (addAlias, editors only; the pool is re-matched in the
 * same write, so the gap's candidates change at once: `onChanged` reloads them), and the link's current aliases
 * with 移除 for those added through the API.
 */
import { useState } from 'react';
import { gql } from '../api/client.ts';
import type {
  AddAliasMutation,
  AddAliasMutationVariables,
  AliasSuggestionsQuery,
  AliasSuggestionsQueryVariables,
  PoolNameFragment,
  RemoveAliasMutation,
  RemoveAliasMutationVariables,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { ErrorNotice, Loading } from './common.tsx';

const A = zh.aliases;
/** Names listed (the server's default; at most 50). */
const SHOWN = 20;

type Answer = AliasSuggestionsQuery['aliasSuggestions'];

/** A failed alias write as the officer reads it: the token hint for FORBIDDEN, else the server's message. */
const failure = (e: unknown) =>
  (e as { code?: string }).code === 'FORBIDDEN' ? A.forbidden : A.failed((e as Error).message);

function PoolNameItem({
  s,
  link,
  canEdit,
  busy,
  onAdd,
}: {
  s: PoolNameFragment;
  link: string;
  canEdit: boolean;
  busy: boolean;
  onAdd: (s: PoolNameFragment) => void;
}) {
  return (
    <li className="alias-item" data-testid="alias-suggestion">
      <div className="alias-head">
        <strong>{s.name}</strong> <span className="chip">{A.firms(s.firms)}</span>
        {s.mainFirms < s.firms && <span className="muted small">{A.mainFirms(s.mainFirms)}</span>}
      </div>
      <div className="small muted">{A.examples(s.examples, s.firms > s.examples.length)}</div>
      {s.spellings.length > 1 && <div className="small muted">{A.spellings(s.spellings)}</div>}
      {canEdit && (
        <button type="button" className="small alias-button" disabled={busy} onClick={() => onAdd(s)}>
          {busy ? A.adding : A.add(link)}
        </button>
      )}
    </li>
  );
}

function CurrentAliases({
  a,
  busy,
  onRemove,
}: {
  a: Answer;
  busy: string | null;
  onRemove: (pool: string) => void;
}) {
  return (
    <>
      <h4 className="small">{A.current(a.aliases.length)}</h4>
      {a.aliases.length === 0 ? (
        <p className="small muted">{A.noAliases}</p>
      ) : (
        <ul className="alias-list" data-testid="link-aliases">
          {a.aliases.map((x) => (
            <li key={`${x.source}-${x.pool}`} className="alias-item">
              <div className="alias-head">
                <strong>{x.pool}</strong> <span className="chip">{A.firms(x.firms)}</span>
              </div>
              <div className="small muted">
                {x.source === 'FILE'
                  ? `${A.fromFile}${x.note ? `：${x.note}` : ''}`
                  : A.addedBy(x.addedBy, x.addedAt?.slice(0, 10) ?? null)}
              </div>
              {x.source === 'API' && a.canEdit && (
                <button
                  type="button"
                  className="small alias-button"
                  aria-label={A.removeLabel(x.pool)}
                  disabled={busy !== null}
                  onClick={() => onRemove(x.pool)}
                >
                  {A.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function AliasSuggestions({
  link,
  onChanged,
}: {
  link: { id: string; name: string };
  onChanged: () => void;
}) {
  const [nonce, setNonce] = useState(0);
  const q = useQuery<AliasSuggestionsQuery, AliasSuggestionsQueryVariables>(
    'AliasSuggestions',
    { link: link.id, first: SHOWN },
    nonce,
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const write = async (pool: string, run: () => Promise<unknown>, message: string) => {
    setBusy(pool);
    setError(null);
    setDone(null);
    try {
      await run();
      setDone(message);
      setNonce((n) => n + 1);
      onChanged();
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(null);
    }
  };
  const add = (s: PoolNameFragment) =>
    write(
      s.name,
      () => gql<AddAliasMutation, AddAliasMutationVariables>('AddAlias', { pool: s.name, link: link.id }),
      A.added(s.name, link.name, s.firms),
    );
  const remove = (pool: string) =>
    write(
      pool,
      () => gql<RemoveAliasMutation, RemoveAliasMutationVariables>('RemoveAlias', { pool }),
      A.removed(pool),
    );

  // Kept on screen while it reloads after a write (the notice stays readable).
  const a = q.data?.aliasSuggestions.link.id === link.id ? q.data.aliasSuggestions : null;
  if (q.state === 'error' && !a) return <ErrorNotice error={q.error} />;
  if (!a) return <Loading />;
  const item = (s: PoolNameFragment) => (
    <PoolNameItem
      key={s.name}
      s={s}
      link={link.name}
      canEdit={a.canEdit}
      busy={busy === s.name}
      onAdd={add}
    />
  );
  return (
    <div className="alias-suggestions" data-testid="alias-suggestions">
      <p className="small muted">{A.intro(link.name)}</p>
      {error && (
        <p className="notice error small" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="notice small" role="status">
          {done}
        </p>
      )}
      {!a.canEdit && (
        <p className="small muted" data-testid="alias-needs-editor">
          {A.needsEditor}
        </p>
      )}
      <CurrentAliases a={a} busy={busy} onRemove={(pool) => void remove(pool)} />
      {!a.pool ? (
        <p className="small muted">{A.noPool}</p>
      ) : (
        <>
          <h4 className="small">{A.suggestions(a.total, a.suggestions.length)}</h4>
          {a.matched.length > 0 && (
            <p className="small muted" data-testid="alias-matched">
              {A.matched(a.matchedTotal)}
              {a.matched.map((m) => A.matchedItem(m.name, m.firms, m.links)).join('、')}
              {a.matchedTotal > a.matched.length && ' …'}
            </p>
          )}
          {a.suggestions.length === 0 ? (
            <p className="small muted">{A.none(link.name)}</p>
          ) : (
            <ul className="alias-list">{a.suggestions.map(item)}</ul>
          )}
          {a.broader.length > 0 && (
            <details className="more">
              <summary className="small">{A.broader(a.broaderTotal, link.name)}</summary>
              <ul className="alias-list">{a.broader.map(item)}</ul>
            </details>
          )}
        </>
      )}
    </div>
  );
}

/** The same, folded, read only once opened: a link that is no gap, a gap of the upstream list. */
export function FoldedAliasSuggestions({
  label = A.open,
  ...props
}: Parameters<typeof AliasSuggestions>[0] & { label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="panel-section alias-more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="small">{label}</summary>
      {open && <AliasSuggestions {...props} />}
    </details>
  );
}
