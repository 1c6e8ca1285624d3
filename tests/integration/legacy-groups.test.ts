import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { renameLegacyGroups } from '../../server/imports/legacyGroups.ts';
import { clearDb, testDb } from '../helpers.ts';

// Before the multi-district audit's fix, chains a plan put under none of its industries were grouped as
// 导入：<plan title> (often a file name). A database holding such groups has them named by district at start.
let db: Db;
const ACTOR = { name: '测试', role: 'system' };

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await db.applySchema();
  await db.driver.executeQuery(
    `CREATE (d:Zone {id: 'region-510821', name: '旺苍县', kind: '区县'})
     CREATE (doc:Document {id: 'doc-import-1', title: 'wc-2017'})-[:FOR_DISTRICT]->(d)
     CREATE (:Industry {id: 'ind-510821-x', name: '导入：wc-2017', origin: 'import', position: 100})-[:IN_PLAN]->(doc)
     CREATE (:Industry {id: 'ind-import-y', name: '导入：某规划', origin: 'import', position: 100})
     CREATE (:Industry {id: 'ind-seed', name: '导入：种子', origin: 'plan'})`,
  );
});
afterAll(async () => {
  await db.close();
});

describe('start-up renaming of earlier import groups', () => {
  it('names them by district (or title), keeps ids, audits; a second run does nothing', async () => {
    expect(await renameLegacyGroups(db, ACTOR)).toBe(2);
    const names = await db.driver.executeQuery(
      'MATCH (i:Industry) RETURN i.id AS id, i.name AS name ORDER BY id',
    );
    expect(names.records.map((r) => [r.get('id'), r.get('name')])).toEqual([
      ['ind-510821-x', '未归类产业链（旺苍县）'],
      ['ind-import-y', '未归类产业链（某规划）'],
      // Not made by an import: left alone.
      ['ind-seed', '导入：种子'],
    ]);
    const audit = await db.driver.executeQuery(
      "MATCH (a:AuditEntry {action: 'RENAME_IMPORT_GROUP'}) RETURN a.entity AS e, a.after AS after ORDER BY e",
    );
    expect(audit.records.map((r) => [r.get('e'), JSON.parse(r.get('after') as string)])).toEqual([
      ['ind-510821-x', { name: '未归类产业链（旺苍县）' }],
      ['ind-import-y', { name: '未归类产业链（某规划）' }],
    ]);
    expect(await renameLegacyGroups(db, ACTOR)).toBe(0);
  });
});
