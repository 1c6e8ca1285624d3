import { useState } from 'react';
import { gql } from '../api/client.ts';
import type {
  CreateEnterpriseMutation,
  CreateEnterpriseMutationVariables,
  UpdateEnterpriseMutation,
  UpdateEnterpriseMutationVariables,
} from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { splitProducts } from './enterpriseProducts.ts';

export interface EnterpriseDraft {
  id: string | null;
  name: string;
  zone: string | null;
  products: { id: string; name: string }[];
  /** What it makes that is no link (未入链产品). */
  statedProducts: readonly string[];
}

/**
 * Add or correct a local enterprise: its name, its zone and what it makes — links of the district's chains, and
 * other products kept as 未入链产品 (said under the field before saving). Needs an editor token; the server records
 * who changed what in the audit trail.
 */
export function EnterpriseForm({
  draft,
  zones,
  products,
  loading,
  onDone,
  onCancel,
}: {
  draft: EnterpriseDraft;
  zones: readonly { id: string; name: string }[];
  products: ReadonlyMap<string, string>;
  /** The district's links are still being read (a district without chains has none once read). */
  loading: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const T = zh.editEnterprise;
  const [name, setName] = useState(draft.name);
  const [zone, setZone] = useState(draft.zone ?? '');
  const [links, setLinks] = useState(
    [...draft.products.map((p) => p.name), ...draft.statedProducts].join('、'),
  );
  const [error, setError] = useState<string | null>(null);
  const byName = new Map([...products].map(([id, n]) => [n, id]));
  const { produces, stated } = splitProducts(links, byName);

  const submit = async () => {
    setError(null);
    const input = { name, zone: zone || null, produces, statedProducts: stated };
    try {
      if (draft.id) {
        await gql<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>('UpdateEnterprise', {
          id: draft.id,
          input,
        });
      } else {
        await gql<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>('CreateEnterprise', {
          input: { ...input, local: true },
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
      {!loading && stated.length > 0 && (
        <p className="muted small wide" data-testid="stated-products-note">
          {T.statedNote(stated.join('、'))}
        </p>
      )}
      <datalist id="all-links">
        {[...products.values()].map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {/* Names are sorted into links and stated products against the district's links: wait until they are read. */}
      <button type="submit" className="primary" disabled={loading}>
        {loading ? zh.loading : T.save}
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
