import { describe, expect, it } from 'vitest';
import { commitImport, ImportInputError } from '../../server/imports/commit.ts';
import type { ImportCommitInput, ImportProject } from '../../vocab/imports.ts';
import { emptyDbPerFile, graphqlClient, TEST_ACTOR } from '../helpers.ts';

// A project's status read from the plan (#15): committed with the project, counted by the gap priority, and never
// written over an officer's later edit by a re-import.

const graph = emptyDbPerFile();
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };
const commit = (input: ImportCommitInput) => commitImport(graph.db, input, actor as never);

const TEXT = '形成甲料—乙件—丙机产业链。甲乙公司年产5万吨乙件项目正在加紧建设。';
const review = (project: Partial<ImportProject>): ImportCommitInput => ({
  title: '某区规划',
  text: TEXT,
  district: '綦江区',
  chains: [
    {
      name: '丙机产业链',
      expression: '甲料—乙件—丙机',
      stages: [['甲料'], ['乙件'], ['丙机']],
      quote: '形成甲料—乙件—丙机产业链。',
      start: 0,
    },
  ],
  projects: [
    {
      name: '甲乙公司年产5万吨乙件项目',
      value: 5,
      unit: '万吨/年',
      product: '乙件',
      link: '乙件',
      quote: '甲乙公司年产5万吨乙件项目正在加紧建设。',
      start: 14,
      ...project,
    },
  ],
});

const projectPart = async (zone: string | null = 'region-500110') => {
  const gql = graphqlClient(graph.db);
  const r = await gql<{
    product: { priority: { parts: { part: string; points: number; text: string }[] } | null };
  }>(
    `query ($p: ID!, $z: ID) { product(id: $p, zone: $z) { priority { parts { part points text } } } }`,
    // 綦江区's scope: a project its plan places in no zone is in the district (it was in no scope but the whole
    // graph's, so the district's own gap did not count it).
    { p: 'p-乙件', z: zone },
  );
  expect(r.errors).toBeUndefined();
  return r.data?.product.priority?.parts.find((p) => p.part === 'PROJECT');
};
const statusOf = async () =>
  (
    await graph.db.driver.executeQuery('MATCH (p:Project {name: $name}) RETURN p.status AS status', {
      name: '甲乙公司年产5万吨乙件项目',
    })
  ).records[0]?.get('status');

describe('a project status committed from the review', () => {
  it('is written with the project, and the gap priority counts the project as closing the link', async () => {
    await commit(review({ status: '在建' }));
    expect(await statusOf()).toBe('在建');
    expect(await projectPart()).toMatchObject({
      points: -20,
      text: '已有签约或在建项目将补上：甲乙公司年产5万吨乙件项目（在建）',
    });
    expect(await projectPart(null)).toMatchObject({ points: -20 });
  }, 180_000);

  it('keeps a status already recorded (an officer’s later edit) when the plan is imported again', async () => {
    await graph.db.driver.executeQuery('MATCH (p:Project {name: $name}) SET p.status = $s', {
      name: '甲乙公司年产5万吨乙件项目',
      s: '投产',
    });
    await commit(review({ status: '在建' }));
    expect(await statusOf()).toBe('投产');
    await commit(review({ status: null }));
    expect(await statusOf()).toBe('投产');
  }, 180_000);

  it('refuses a status outside the list, naming the field', async () => {
    const err = await commit(review({ status: '完工' as never })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImportInputError);
    expect((err as ImportInputError).field).toBe('projects.0.status');
    expect((err as Error).message).toMatch(/must be one of 储备 规划 签约 在建 建成 投产 or null/);
  }, 180_000);
});
