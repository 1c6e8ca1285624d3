import type { CodegenConfig } from '@graphql-codegen/cli';

// One schema, three generated files: resolver types for the server, operation types for the client and for the
// server's briefing query.
const config: CodegenConfig = {
  schema: 'server/graphql/schema.graphql',
  generates: {
    'server/graphql/types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: './context.ts#Context',
        enumsAsTypes: true,
        mappers: {
          Chain: './models.ts#ChainModel',
          ChainLink: './models.ts#LinkModel',
          StatusReason: './models.ts#ReasonModel',
          Scope: './models.ts#ScopeModel',
          Product: './models.ts#ProductModel',
          Enterprise: './models.ts#EnterpriseModel',
          Project: './models.ts#ProjectModel',
          Industry: './models.ts#IndustryModel',
          Zone: './models.ts#ZoneModel',
          Source: './models.ts#SourceModel',
          UpstreamGaps: './models.ts#UpstreamModel',
          UpstreamNode: './models.ts#UpstreamNodeModel',
          Gap: './models.ts#GapModel',
          Candidate: './models.ts#CandidateModel',
          ChainDistrict: '../domain/districts.ts#ChainDistrictModel',
          DistrictLink: '../domain/districts.ts#DistrictLinkModel',
          ZoneGap: './models.ts#ZoneGapModel',
          SoughtLink: './models.ts#SoughtLinkModel',
          PriorityPart: '../../vocab/priority.ts#PriorityPartValue',
          Indicator: './models.ts#IndicatorModel',
          ChainGapCount: './models.ts#ChainGapCountModel',
          Lead: './models.ts#LeadModel',
          LeadCount: './models.ts#LeadCountModel',
          Plan: '../plans/read.ts#PlanModel',
        },
      },
    },
    // The briefing's one operation (BRIEFING_QUERY, run in-process): its answer type, not a hand-written copy.
    'server/briefing/query.generated.ts': {
      documents: 'server/briefing/query.ts',
      plugins: ['typescript-operations'],
      config: { useTypeImports: true, enumsAsTypes: true, avoidOptionals: { field: true } },
    },
    'client/src/api/types.generated.ts': {
      documents: 'client/src/api/*.graphql',
      plugins: ['typescript-operations'],
      config: { useTypeImports: true, enumsAsTypes: true, avoidOptionals: { field: true } },
    },
  },
};
export default config;
