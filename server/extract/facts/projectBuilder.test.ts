import { describe, expect, it } from 'vitest';
import { facts } from './rounds.testing.ts';

// Found walking 中方县's plan (docs/WALKS.md): the project of 由甲公司总投资1.5亿元兴建的年产36万吨饲料生产项目一期工程刚刚开工
// was named by that whole clause, and the review, the report and the zone page showed it so. Invented firm names.
const projects = (t: string) => facts(t).projects.map((p) => `${p.name}|${p.enterprise}`);

describe('a project named after who builds it and its phase', () => {
  it('drops 由…兴建的 before the name (the firm stays in front) and the phase after 项目', () => {
    expect(
      projects(
        '在中方县工业园，由湖南某某饲料有限公司总投资1.5亿元兴建的年产36万吨饲料生产项目一期工程刚刚开工，饲料产业区逐步形成。',
      ),
    ).toEqual(['湖南某某饲料有限公司年产36万吨饲料生产项目|湖南某某饲料有限公司']);
  });
  it('drops the builder it cannot name as a firm, and keeps a name with no builder as it was', () => {
    expect(projects('由县政府投资建设的年产5万吨预制菜加工项目已经投产。')[0]).toMatch(
      /^年产5万吨预制菜加工项目\|/,
    );
    expect(projects('湖南某某饲料有限公司年产36万吨饲料生产项目已经投产。')[0]).toMatch(
      /^湖南某某饲料有限公司年产36万吨饲料生产项目\|/,
    );
  });
});
