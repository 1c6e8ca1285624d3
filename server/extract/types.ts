/** Shapes of a draft extraction: part of the plan-import contract, defined once in vocab/imports.ts. */
export type {
  ChainCandidate,
  EnterpriseMention,
  Extraction,
  Mention,
  ProjectMention,
  Rejected,
  Span,
  ZoneMention,
} from '../../vocab/imports.ts';
