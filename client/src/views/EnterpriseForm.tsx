import { useState } from 'react';
import { gql } from '../api/client.ts';
import type {
  CreateEnterpriseMutation,
  CreateEnterpriseMutationVariables,
  UpdateEnterpriseMutation,
  UpdateEnterpriseMutationVariables,
} from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';

export interface EnterpriseDraft {
  id: string | null;
  name: string;
  zone: string | null;
  products: { id: string; name: string }[];
}

/**
 * Add or correct a local enterprise: its name, its zone and the links it makes. Needs an editor token; the server
 * records who changed what in the audit trail.
 */
export function EnterpriseForm({
  draft,
  zones,
  products,
  onDone,
  onCancel,
}: {
  draft: EnterpriseDraft;
  zones: readonly { id: string; name: string }[];
  products: ReadonlyMap<string, string>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const T = zh.editEnterprise;
  const [name, setName] = useState(draft.name);
  const [zone, setZone] = useState(draft.zone ?? '');
  const [links, setLinks] = useState(draft.products.map((p) => p.name).join('、'));
  const [error, setError] = useState<string | null>(null);
  const byName = new Map([...products].map(([id, n]) => [n, id]));

  const submit = async () => {
    setError(null);
    const names = links
      .split(/[、，,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = names.filter((n) => !byName.has(n));
    if (unknown.length) return setError(T.unknownLinks(unknown.join('、')));
    const produces = names.map((n) => byName.get(n) as string);
    try {
      if (draft.id) {
        await gql<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>('UpdateEnterprise', {
          id: draft.id,
          input: { name, zone: zone || null, produces },
        });
      } else {
        await gql<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>('CreateEnterprise', {
          input: { name, local: true, zone: zone || null, produces },
        });
      }
      onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <form
      className="enterprise-form"
      data-testid="enterprise-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {T.name}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
      </label>
      <label>
        {T.zone}
        <select value={zone} onChange={(e) => setZone(e.target.value)}>
          <option value="">{T.noZone}</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        {T.links}
        <input
          value={links}
          onChange={(e) => setLinks(e.target.value)}
          list="all-links"
          placeholder={T.linksHint}
        />
      </label>
      <datalist id="all-links">
        {[...products.values()].map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {/* Links are checked against the graph's links, so wait until they are loaded. */}
      <button type="submit" className="primary" disabled={products.size === 0}>
        {products.size === 0 ? zh.loading : T.save}
      </button>
      <button type="button" onClick={onCancel}>
        {T.cancel}
      </button>
      {error && (
        <p className="notice error wide" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
