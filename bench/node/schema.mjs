// The tables PostgreSQL and DuckDB load (bench/compare): pre-normalized identifiers -> person, and
// one profile row a person with a JSON column per domain; and the one email rule both databases
// apply to raw input, mirroring idgraph's (docs/normalization.md): trim, lower case, googlemail.com
// is gmail.com, Gmail ignores dots and +tags, these providers ignore +tags.

export const PLUS_TAG_DOMAINS = [
  'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com',
  'fastmail.com', 'fastmail.fm', 'protonmail.com', 'proton.me', 'pm.me',
];

/** The email match key of a raw value, as one SQL expression over `v` (both dialects). */
export function emailKeySql(v) {
  const e = `lower(trim(${v}))`;
  const local = `split_part(${e}, '@', 1)`;
  const domain = `split_part(${e}, '@', 2)`;
  const tags = PLUS_TAG_DOMAINS.map((d) => `'${d}'`).join(', ');
  return `CASE WHEN ${domain} IN ('gmail.com', 'googlemail.com')
      THEN replace(split_part(${local}, '+', 1), '.', '') || '@gmail.com'
    WHEN ${domain} IN (${tags})
      THEN split_part(${local}, '+', 1) || '@' || ${domain}
    ELSE ${e} END`;
}

/** CREATE TABLE statements; `json` is the JSON column type of the dialect. */
export function createTables(profileColumns, json) {
  const domains = profileColumns.map((c) => `${c} ${json}`).join(', ');
  return [
    'CREATE TABLE identifiers (kind VARCHAR NOT NULL, key VARCHAR NOT NULL,'
      + ' person_id BIGINT NOT NULL, quality REAL NOT NULL)',
    'CREATE TABLE profiles (person_id BIGINT NOT NULL, quality_score REAL,'
      + ` last_modified TIMESTAMPTZ, ${domains})`,
  ];
}
