import neo4j, { type Driver, Neo4jError, type QueryResult, type RecordShape } from 'neo4j-driver';
import { log } from '../log.ts';
import { query, statements } from './cypher.ts';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

/** Raised when Neo4j cannot be reached; the GraphQL layer maps it to SERVICE_UNAVAILABLE. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Neo4j is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DatabaseUnavailableError';
  }
}

function isUnavailable(err: unknown): boolean {
  if (err instanceof Neo4jError) {
    return (
      err.code === 'ServiceUnavailable' ||
      err.code === 'SessionExpired' ||
      err.code === 'Neo.TransientError.General.DatabaseUnavailable'
    );
  }
  return false;
}

/**
 * The one data-access object of a process: it owns the driver and runs named Cypher files.
 * Connection failures are translated here, at the boundary; other errors are rethrown as they are.
 */
export class Db {
  readonly driver: Driver;
  readonly database: string | undefined;

  constructor(settings: Neo4jSettings) {
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      // Fail fast when the database is down instead of hanging a request.
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: 5000,
      maxTransactionRetryTime: 2000,
      disableLosslessIntegers: true,
      logging: {
        level: 'error',
        logger: (level, message) =>
          log.warn('neo4j-driver', { driverLevel: level, message: message.split('\n')[0] }),
      },
    });
    this.database = settings.database;
  }

  /** Run a named read query (cypher/<name>.cypher) with parameters. */
  async read<R extends RecordShape = RecordShape>(name: string, params: Record<string, unknown> = {}) {
    return this.run<R>(name, params, 'READ');
  }

  async write<R extends RecordShape = RecordShape>(name: string, params: Record<string, unknown> = {}) {
    return this.run<R>(name, params, 'WRITE');
  }

  private async run<R extends RecordShape>(
    name: string,
    params: Record<string, unknown>,
    mode: 'READ' | 'WRITE',
  ): Promise<R[]> {
    try {
      const result: QueryResult<R> = await this.driver.executeQuery<QueryResult<R>>(query(name), params, {
        database: this.database,
        routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      });
      return result.records.map((r) => r.toObject());
    } catch (err) {
      if (isUnavailable(err)) throw new DatabaseUnavailableError(err);
      throw err;
    }
  }

  /** True when the database answers a trivial query within the driver's timeouts. */
  async ping(): Promise<boolean> {
    try {
      await this.read('ping');
      return true;
    } catch {
      return false;
    }
  }

  /** Apply constraints and indexes; every statement is idempotent. */
  async applySchema(): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      for (const stmt of statements('schema/constraints')) await session.run(stmt);
      await session.run('CALL db.awaitIndexes(60)');
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
