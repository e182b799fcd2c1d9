// PostgreSQL over loopback with the `pg` client: the pre-normalized rows loaded with COPY into an
// indexed table, raw emails normalized by the query (schema.mjs), one round trip a workload.
import pg from 'pg';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createTables, emailKeySql } from './schema.mjs';

export class Postgres {
  constructor({ port, user, database }) {
    this.client = new pg.Client({ host: '127.0.0.1', port, user, database });
  }

  async connect() {
    await this.client.connect();
    this.version = (await this.client.query('SHOW server_version')).rows[0].server_version;
  }

  /** COPY of identifiers.csv and profiles.csv, the indexes, ANALYZE; returns the wall time in ms. */
  async load(dir, profileColumns) {
    const q = (sql) => this.client.query(sql);
    await q('DROP TABLE IF EXISTS identifiers, profiles');
    await q(`CREATE OR REPLACE FUNCTION email_key(v text) RETURNS text LANGUAGE sql IMMUTABLE
      PARALLEL SAFE AS $$ SELECT ${emailKeySql('v')} $$`);
    const start = performance.now();
    for (const sql of createTables(profileColumns, 'json')) await q(sql);
    await q(`COPY identifiers FROM '${dir}/identifiers.csv' (FORMAT csv)`);
    await q(`COPY profiles FROM '${dir}/profiles.csv' (FORMAT csv)`);
    await q('CREATE INDEX identifiers_key ON identifiers (kind, key) INCLUDE (person_id, quality)');
    await q('ALTER TABLE profiles ADD PRIMARY KEY (person_id)');
    await q('ANALYZE identifiers, profiles');
    return performance.now() - start;
  }

  matches(emails) {
    return this.client.query({
      name: 'resolve',
      text: `SELECT r.raw, i.person_id, i.quality FROM unnest($1::text[]) AS r(raw)
        JOIN identifiers i ON i.kind = 'email' AND i.key = email_key(r.raw)`,
      values: [emails],
    });
  }

  async resolve(emails) {
    const { rows } = await this.matches(emails);
    return new Set(rows.map((r) => Number(r.person_id)));
  }

  /** The matches of `emails` written to `file` as CSV (raw,person_id,quality). */
  async exportCsv(emails, file) {
    const { rows } = await this.matches(emails);
    return writeCsv(file, rows);
  }

  async getPerson(ids, domains) {
    const { rows } = await this.client.query({
      name: `get_person_${domains.length}`,
      text: `SELECT person_id, ${domains.join(', ')} FROM profiles
        WHERE person_id = ANY($1::bigint[])`,
      values: [ids],
    });
    return new Set(rows.map((r) => Number(r.person_id)));
  }

  async close() {
    await this.client.end();
  }
}

/** Writes match rows as CSV; returns the file's text. */
export async function writeCsv(file, rows) {
  const lines = ['raw,person_id,quality'];
  for (const r of rows) lines.push(`"${String(r.raw).replaceAll('"', '""')}",${r.person_id},${r.quality}`);
  const text = `${lines.join('\n')}\n`;
  const out = createWriteStream(file);
  out.end(text);
  await once(out, 'finish');
  return text;
}
