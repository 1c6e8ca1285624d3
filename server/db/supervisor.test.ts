import { describe, expect, it } from 'vitest';
import { extraJavaOptions, sizeBytes, transactionLimits } from './localNeo4j.ts';
import { localHealth } from './supervisor.ts';

describe('transaction memory limits of the local Neo4j', () => {
  it('are 60 % (all) and 45 % (one) of the heap, in MiB', () => {
    expect(sizeBytes('512m')).toBe(512 * 1024 ** 2);
    expect(sizeBytes('1g')).toBe(1024 ** 3);
    expect(transactionLimits('512m')).toEqual(['--tx-total', '307m', '--tx-max', '230m']);
    expect(transactionLimits('lots')).toEqual([]);
  });
});

describe('extra JVM flags of the local Neo4j', () => {
  it('are LOCAL_NEO4J_JAVA_OPTS split on whitespace, none when unset or blank', () => {
    expect(extraJavaOptions({})).toEqual([]);
    expect(extraJavaOptions({ LOCAL_NEO4J_JAVA_OPTS: '  ' })).toEqual([]);
    expect(
      extraJavaOptions({ LOCAL_NEO4J_JAVA_OPTS: ' -XX:StartFlightRecording=filename=/tmp/a.jfr \t-Xss2m\n' }),
    ).toEqual(['-XX:StartFlightRecording=filename=/tmp/a.jfr', '-Xss2m']);
  });
});

describe('localHealth', () => {
  const status = { restarts: 2, lastExit: { code: null, signal: 'SIGKILL', at: 't' }, log: '/x/jvm.log' };
  it('says restarting while the supervisor starts Neo4j again, and keeps the count once it is up', () => {
    expect(localHealth(false, { ...status, state: 'restarting' })).toEqual({
      neo4j: 'restarting',
      restarts: 2,
      lastExit: status.lastExit,
    });
    expect(localHealth(true, { ...status, state: 'up' })).toEqual({ restarts: 2, lastExit: status.lastExit });
    expect(localHealth(false, { ...status, state: 'up' })).toEqual({
      restarts: 2,
      lastExit: status.lastExit,
    });
    expect(localHealth(false, undefined)).toEqual({});
  });
});
