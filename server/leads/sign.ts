/**
 * Signing closes the loop: a lead moved to 签约 becomes a Project (status 签约) building its link in its zone;
 * moved back, the project it made goes again. Both the moveLead mutation and the weekly-report import call these
 * inside their write transaction, and record the audit entries returned (the health series dates a project by its
 * creation entry).
 */
import { createHash } from 'node:crypto';
import type { RecordShape, Transaction } from 'neo4j-driver';
import { query } from '../../cypher/index.ts';
import type { AuditInput, Props } from '../audit/entries.ts';

/** Runs a named Cypher file inside the current write transaction and returns its rows. */
export type RunRows = <R extends RecordShape = RecordShape>(
  name: string,
  params?: Record<string, unknown>,
) => Promise<R[]>;

/** RunRows over a transaction. */
export const rowsOf =
  (tx: Transaction): RunRows =>
  async <R extends RecordShape>(name: string, params: Record<string, unknown> = {}) =>
    (await tx.run<R>(query(name), params)).records.map((r) => r.toObject());

/** A project's id made from a lead: stable, so signing, undoing and signing again reuse one id. */
export const projectIdOf = (lead: string) =>
  `proj-lead-${createHash('sha1').update(lead).digest('hex').slice(0, 12)}`;

/** Makes the lead's project; returns the project's creation entry (action `action`). */
export async function signLead(run: RunRows, id: string, action: string): Promise<AuditInput> {
  const [row] = await run<{ project: Props & { id: string } }>('leads/sign', {
    id,
    project: projectIdOf(id),
  });
  if (!row) throw new Error(`Lead ${id} lost its link or zone inside its write transaction`);
  const { id: pid, ...after } = row.project;
  return { action, entity: pid, entityType: 'Project', before: null, after };
}

/** Unlinks a signed lead's project and removes it when the lead made it; the removal's entry, if any. */
export async function unsignLead(
  run: RunRows,
  id: string,
  was: { project: string | null; projectStatus: string | null; projectMade: boolean },
  action: string,
): Promise<AuditInput | null> {
  await run('leads/unsign', { id });
  if (!was.project || !was.projectMade) return null;
  return {
    action,
    entity: was.project,
    entityType: 'Project',
    before: { status: was.projectStatus, fromLead: id },
    after: null,
  };
}
