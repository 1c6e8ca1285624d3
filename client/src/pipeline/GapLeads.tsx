import { useState } from 'react';
import type { RankedCandidateFragment } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { CandidateList } from '../views/gaps.tsx';
import { type LeadDraft, LeadForm } from './LeadForm.tsx';

/** A candidate as the start of a lead: a firm of the graph, or (a project) its name. */
function draftOf(c: RankedCandidateFragment, link: LeadDraft['link'], zone: string | null): LeadDraft {
  return {
    link,
    firm: c.enterprise ? { id: c.enterprise.id, name: c.enterprise.name } : null,
    firmName: c.enterprise?.name ?? c.project?.name ?? '',
    zone,
  };
}

/**
 * A gap's ranked candidates, each with 建立线索: the lead form opens under the list, prefilled from the
 * candidate, the link and the scope's zone. Used by the upstream view and the link inspector.
 */
export function CandidatesWithLeads({
  candidates,
  poolLoaded,
  link,
  zone,
  onCreated,
}: {
  candidates: readonly RankedCandidateFragment[];
  poolLoaded: boolean;
  link: LeadDraft['link'];
  zone: string | null;
  onCreated?: () => void;
}) {
  const [draft, setDraft] = useState<LeadDraft | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <CandidateList
        candidates={candidates}
        poolLoaded={poolLoaded}
        onLead={(c) => {
          setCreated(null);
          setDraft(draftOf(c, link, zone));
        }}
      />
      <button
        type="button"
        className="small lead-new"
        onClick={() => {
          setCreated(null);
          setDraft({ link, firm: null, firmName: '', zone });
        }}
      >
        {zh.pipeline.createTyped}
      </button>
      {draft && (
        <LeadForm
          key={`${draft.firmName}-${draft.link.id}`}
          draft={draft}
          onCancel={() => setDraft(null)}
          onDone={(firm) => {
            setDraft(null);
            setCreated(firm);
            onCreated?.();
          }}
        />
      )}
      {created && (
        <p className="notice small" role="status">
          {zh.pipeline.created(created)}
        </p>
      )}
    </>
  );
}
