import type {
  PlanDistrictQuery,
  PlanDistrictQueryVariables,
  PlansQuery,
  PlansQueryVariables,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import type { PlanItem } from './plans.ts';

export interface ComparedPlans {
  /** The compared district's plans ([] while they load, or when no district is known). */
  plans: readonly PlanItem[];
  /** The district compared; null when the page has to ask for one (a province or the country in view). */
  district: { id: string; name: string } | null;
  loading: boolean;
}

/**
 * The district whose plans the comparison page compares (issue #20), and its plans: the one the reader picked on
 * the page; else that of the URL's plan when it is not one of the scope's district (PlanDistrict, then its Plans —
 * a comparison opened from a province, or kept while the scope moved); else the scope's district (the header's
 * Plans answer, nothing more asked). Null in a province or the country with no plan in the URL.
 */
export function useComparedPlans(
  scopePlans: readonly PlanItem[],
  from: string | null,
  to: string | null,
  picked: string | null,
): ComparedPlans {
  const anchor = from ?? to;
  const own = !picked && (!anchor || scopePlans.some((p) => p.id === anchor));
  const lookup = useQuery<PlanDistrictQuery, PlanDistrictQueryVariables>(
    'PlanDistrict',
    !own && !picked && anchor ? { plan: anchor } : null,
  );
  const target = picked ?? (own ? null : lookup.state === 'ok' ? lookup.data.plan.district.id : null);
  const asked = useQuery<PlansQuery, PlansQueryVariables>('Plans', target ? { zone: target } : null);
  if (own) {
    const d = scopePlans[0]?.district ?? null;
    return { plans: scopePlans, district: d ? { id: d.id, name: d.name } : null, loading: false };
  }
  // The answer of the region asked (its zone), whose plans are those of the nearest plan owner at or above it: a
  // county of 泸州市 without a plan of its own compares the city's; none at all: no district, not loading.
  const answer = asked.state === 'ok' && (asked.data.scope.zone?.id ?? null) === target ? asked.data : null;
  const district = answer?.scope.district ?? null;
  return {
    plans: district?.plans ?? [],
    district: district ? { id: district.id, name: district.name } : null,
    loading: (!!anchor || !!picked) && !answer && lookup.state !== 'error' && asked.state !== 'error',
  };
}
