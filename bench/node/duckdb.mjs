// DuckDB in the client's own process (@duckdb/node-api): the same pre-normalized rows as
// PostgreSQL, loaded with COPY into a database file; no indexes (DuckDB scans its columns).
import { DuckDBInstance, listValue } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
import { createTables, emailKeySql } from './schema.mjs';
import { writeCsv } from './postgres.mjs';

export class DuckDb {
  constructor({ file }) {
    this.file = file;
  }

  async load(dir, profileColumns) {
    rmSync(this.file, { force: true });
    rmSync(`${this.file}.wal`, { force: true });
    const start = performance.now();
    this.instance = await DuckDBInstance.create(this.file);
    this.db = await this.instance.connect();
    for (const sql of createTables(profileColumns, 'VARCHAR')) await this.db.run(sql);
    await this.db.run(`COPY identifiers FROM '${dir}/identifiers.csv' (FORMAT csv, HEADER false)`);
    await this.db.run(`COPY profiles FROM '${dir}/profiles.csv' (FORMAT csv, HEADER false)`);
    await this.db.run('CHECKPOINT');
    const elapsed = performance.now() - start;
    this.version = (await this.db.runAndReadAll('SELECT version()')).getRows()[0][0];
    this.resolveStatement = await this.db.prepare(
      `SELECT r.raw, i.person_id, i.quality FROM (SELECT unnest($1::VARCHAR[]) AS raw) r
        JOIN identifiers i ON i.kind = 'email' AND i.key = ${emailKeySql('r.raw')}`);
    return elapsed;
  }

  async matches(emails) {
    this.resolveStatement.bind([listValue(emails)]);
    const reader = await this.resolveStatement.runAndReadAll();
    return reader.getRowObjectsJS();
  }

  async resolve(emails) {
    const rows = await this.matches(emails);
    return new Set(rows.map((r) => Number(r.person_id)));
  }

  async exportCsv(emails, file) {
    return writeCsv(file, await this.matches(emails));
  }

  async getPerson(ids, domains) {
    const reader = await this.db.runAndReadAll(
      `SELECT p.person_id, ${domains.map((d) => `p.${d}`).join(', ')}
        FROM (SELECT unnest($1::BIGINT[]) AS id) w JOIN profiles p ON p.person_id = w.id`,
      [listValue(ids.map((id) => BigInt(id)))]);
    const rows = reader.getRowObjectsJS();
    for (const r of rows) for (const d of domains) if (r[d] != null) r[d] = JSON.parse(r[d]);
    return new Set(rows.map((r) => Number(r.person_id)));
  }

  async close() {
    this.db?.closeSync();
    this.instance?.closeSync?.();
  }
}
