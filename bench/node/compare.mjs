// bench/compare's one client: loads the same graph into idgraph, PostgreSQL and DuckDB, runs the
// workloads of workloads.json (made by `bench/run compare-data`) against each from this process,
// checks that all three return the same persons, and prints the table and the ratios.
//
//   node compare.mjs --dir DIR --launcher PATH --pg-port N [--runs 30] [--warmups 20]
import { parseArgs } from 'node:util';
import { readFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { Idgraph } from './idgraph.mjs';
import { Postgres } from './postgres.mjs';
import { DuckDb } from './duckdb.mjs';

const { values: opts } = parseArgs({
  options: {
    dir: { type: 'string' },
    launcher: { type: 'string' },
    'pg-port': { type: 'string' },
    'pg-user': { type: 'string', default: 'bench' },
    runs: { type: 'string', default: '30' },
    warmups: { type: 'string', default: '20' },
    'server-java-opts': { type: 'string', default: '' },
  },
});
for (const required of ['dir', 'launcher', 'pg-port']) {
  if (!opts[required]) throw new Error(`--${required} is required`);
}
const dir = opts.dir;
const runs = Number(opts.runs);
const warmups = Number(opts.warmups);
const rows = `${dir}/rows`;
const work = JSON.parse(readFileSync(`${rows}/workloads.json`, 'utf8'));
mkdirSync(`${dir}/out`, { recursive: true });

const systems = {
  idgraph: new Idgraph({ launcher: opts.launcher, data: `${dir}/idgraph-data`,
    serverJavaOpts: opts['server-java-opts'] }),
  postgres: new Postgres({ port: Number(opts['pg-port']), user: opts['pg-user'], database: 'postgres' }),
  duckdb: new DuckDb({ file: `${dir}/duck.db` }),
};
const names = Object.keys(systems);
const table = [];
const problems = [];

function note(line) {
  process.stderr.write(`compare: ${line}\n`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Warm-ups then measured runs of `op(i)`; returns the median in ms and the first result per batch. */
async function measure(label, name, batches, op) {
  const firsts = new Map();
  const times = [];
  for (let i = 0; i < warmups + runs; i++) {
    const b = i % batches;
    const start = performance.now();
    const result = await op(b);
    const ms = performance.now() - start;
    if (i >= warmups) times.push(ms);
    if (!firsts.has(b)) firsts.set(b, result);
  }
  note(`${label}: ${name} ${median(times).toFixed(1)} ms`);
  return { ms: median(times), firsts };
}

/** Every system's person-id set per batch must equal idgraph's. */
function check(label, results) {
  const reference = results.idgraph.firsts;
  for (const name of names.slice(1)) {
    for (const [b, ids] of reference) {
      const theirs = results[name].firsts.get(b);
      const missing = [...ids].filter((id) => !theirs.has(id));
      const extra = [...theirs].filter((id) => !ids.has(id));
      if (missing.length || extra.length) {
        problems.push(`${label}, batch ${b}: ${name} differs from idgraph`
          + ` (${missing.length} persons missing, ${extra.length} extra, of ${ids.size})`);
      }
    }
  }
  const sizes = [...reference.values()].map((s) => s.size);
  return `${Math.min(...sizes)}-${Math.max(...sizes)} persons a call`;
}

function personsOfCsv(text) {
  const ids = new Set();
  const lines = text.split('\n');
  const column = lines[0].split(',').indexOf('person_id');
  for (const line of lines.slice(1)) {
    if (line) ids.add(Number(line.split(',')[column].replaceAll('"', '')));
  }
  return ids;
}

/** The workloads: a label, how many batches, and the call for a system and a batch. */
function workloads() {
  const resolve = work.resolve;
  const exported = work.export;
  const gp = work.get_person;
  return [
    {
      label: `resolve 1,000 raw emails (${resolve[0].present} present, ${resolve[0].variants}`
        + ' Gmail/case variants)',
      batches: resolve.length,
      op: (s, name, b) => s.resolve(resolve[b].emails),
    },
    {
      label: `resolve ${exported.length.toLocaleString('en')} emails to a CSV file, downloaded`,
      batches: 1,
      op: async (s, name) => personsOfCsv(await s.exportCsv(exported, `${dir}/out/${name}.csv`)),
    },
    {
      label: `get_person 1,000 ids x ${gp.domains.length} domains`,
      batches: gp.batches.length,
      op: (s, name, b) => s.getPerson(gp.batches[b], gp.domains),
    },
  ];
}

/**
 * Each system in turn: its load (timed), then every workload, so that each is measured right
 * after its own load, with no other system's load in between evicting its pages.
 */
async function main() {
  const { idgraph, postgres } = systems;
  await postgres.connect();
  const load = {};
  const results = {};
  const list = workloads();
  let memory = null;
  for (const name of names) {
    note(`loading ${work.persons.toLocaleString('en')} persons into ${name}`);
    if (name === 'idgraph') {
      load.idgraph = await idgraph.load(`${dir}/graph.jsonl`);
      note('starting idgraph serve');
      await idgraph.start();
    } else {
      load[name] = await systems[name].load(rows, work.profile_columns);
    }
    note(`${name} loaded in ${(load[name] / 1000).toFixed(1)} s`);
    results[name] = [];
    for (const w of list) {
      results[name].push(await measure(w.label, name, w.batches, (b) => w.op(systems[name], name, b)));
    }
    if (name === 'idgraph') memory = idgraph.memory();
  }
  list.forEach((w, i) => {
    const byName = Object.fromEntries(names.map((n) => [n, results[n][i]]));
    table.push({ label: w.label, persons: check(w.label, byName),
      ms: Object.fromEntries(names.map((n) => [n, byName[n].ms])) });
  });
  table.push({ label: `load the ${work.persons.toLocaleString('en')}-person graph`, ms: load,
    persons: 'idgraph: graph file, normalization included; others: COPY of the pre-normalized rows' });
  print(memory);
}

function formatMs(ms) {
  if (ms >= 10000) {
    return `${(ms / 1000).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
  }
  if (ms >= 100) return `${Math.round(ms).toLocaleString('en')} ms`;
  return `${ms.toFixed(1)} ms`;
}

function print(memory) {
  const cpu = os.cpus();
  console.log(`\nbench/compare: ${work.persons.toLocaleString('en')} persons, ${warmups} warm-ups,`
    + ` ${runs} measured runs, medians; ${cpu.length} cores (${cpu[0].model.trim()}),`
    + ` ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node.js ${process.version},`
    + ` PostgreSQL ${systems.postgres.version}, DuckDB ${systems.duckdb.version}\n`);
  console.log('| workload | idgraph (MCP over HTTP) | PostgreSQL (indexed table, `pg` client)'
    + ' | DuckDB (in process) | PostgreSQL / idgraph | DuckDB / idgraph |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of table) {
    const { idgraph, postgres, duckdb } = row.ms;
    console.log(`| ${row.label} | ${formatMs(idgraph)} | ${formatMs(postgres)} | ${formatMs(duckdb)}`
      + ` | ${(postgres / idgraph).toFixed(2)}x | ${(duckdb / idgraph).toFixed(2)}x |`);
  }
  console.log(`| memory | server RSS ${(memory.rss / 2 ** 30).toFixed(2)} GB,`
    + ` peak ${(memory.peak / 2 ** 30).toFixed(2)} GB | | | | |`);
  console.log('\nPersons per call (same in all three unless listed below):');
  for (const row of table) console.log(`- ${row.label}: ${row.persons}`);
  if (problems.length) {
    console.log('\nDIFFERENCES:');
    for (const p of problems) console.log(`- ${p}`);
  } else {
    console.log('\nall three returned the same persons for every batch');
  }
}

try {
  await main();
} finally {
  for (const s of Object.values(systems)) await s.close().catch(() => {});
}
process.exitCode = problems.length ? 1 : 0;
