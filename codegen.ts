import type { CodegenConfig } from '@graphql-codegen/cli';

// One schema, two generated files: resolver types for the server, operation types for the client.
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
          Indicator: './models.ts#IndicatorModel',
          ChainGapCount: './models.ts#ChainGapCountModel',
        },
      },
    },
    'client/src/api/types.generated.ts': {
      documents: 'client/src/api/*.graphql',
      plugins: ['typescript-operations'],
      config: { useTypeImports: true, enumsAsTypes: true, avoidOptionals: { field: true } },
    },
  },
};
export default config;
