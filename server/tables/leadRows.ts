import { LEAD_STAGE } from '../../vocab/lead.ts';
import type { Db } from '../db/neo4j.ts';
import type { LeadFields } from '../domain/leads.ts';
import type { Cell } from './export.ts';

export { LEAD_HEADERS } from './leadPlan.ts';

/** A lead as cypher/leads/export.cypher returns it: the firm and link by name, the unit shortened. */
type LeadExportRow = Omit<LeadFields, 'firmName' | 'firm' | 'capacityUnit'> & {
  id: string;
  firm: string;
  link: string;
  unit: string | null;
};

/**
 * The weekly report's rows, in LEAD_HEADERS order (vocab/lead.ts LEAD_COLUMNS): what the import reads back, so
 * an exported file edited and imported again updates the same leads; 变更原因 is left empty for the officer.
 */
export async function readLeadRows(db: Db, zone: string | null): Promise<Cell[][]> {
  const rows = await db.read<LeadExportRow>('leads/export', { zone });
  return rows.map((l) => [
    l.id,
    l.firm,
    l.link,
    l.zone,
    l.owner,
    LEAD_STAGE[l.stage].label,
    l.investment,
    l.capacity,
    l.unit,
    l.nextStep,
    l.nextStepDate,
    l.notes,
    null,
  ]);
}
