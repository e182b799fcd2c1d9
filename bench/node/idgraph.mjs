// idgraph as a user runs it: `idgraph load` (timed as a process), then `idgraph serve` in its own
// process, called over MCP (JSON-RPC over HTTP, keep-alive) with a key made for the run.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { once } from 'node:events';

export class Idgraph {
  constructor({ launcher, data, serverJavaOpts }) {
    this.launcher = launcher;
    this.data = data;
    this.serverJavaOpts = serverJavaOpts;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  }

  /** Loads the graph file into a fresh data dir; returns the wall time in ms. */
  async load(graphFile) {
    rmSync(this.data, { recursive: true, force: true });
    const start = performance.now();
    const child = spawn(this.launcher, ['load', '--data', this.data, graphFile],
      { stdio: ['ignore', 'ignore', 'inherit'] });
    const [code] = await once(child, 'exit');
    if (code !== 0) throw new Error(`idgraph load exited with ${code}`);
    return performance.now() - start;
  }

  async start() {
    const made = spawnSync(this.launcher, ['keys', 'create', '--data', this.data, '--name', 'bench-compare'],
      { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`idgraph keys create failed: ${made.stderr}`);
    this.token = made.stdout.trim();
    const env = { ...process.env, IDGRAPH_JAVA_OPTS: this.serverJavaOpts || '' };
    this.server = spawn(this.launcher, ['serve', '--data', this.data, '--port', '0'],
      { stdio: ['ignore', 'ignore', 'pipe'], env });
    this.serverLog = createWriteStream(`${this.data}/serve-compare.log`);
    this.url = await new Promise((resolve, reject) => {
      let seen = '';
      this.server.stderr.on('data', (chunk) => {
        this.serverLog.write(chunk);
        seen += chunk;
        const m = /serving MCP at (\S+)/.exec(seen);
        if (m) resolve(new URL(m[1]));
      });
      this.server.on('exit', (code) => reject(new Error(`idgraph serve exited with ${code}`)));
    });
  }

  /** The server's resident memory now and at its peak, in bytes (Linux). */
  memory() {
    const status = readFileSync(`/proc/${this.serverPid()}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)[1]) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  /** The JVM's pid: the launcher execs java, so it is the child's own pid. */
  serverPid() {
    return this.server.pid;
  }

  async resolve(emails) {
    const result = await this.call('resolve_identities', { id_type: 'email', identifiers: emails });
    return new Set(result.identities.map((i) => Number(i.person_id)));
  }

  /** resolve_identities with format csv, then the download of the file to `file`. */
  async exportCsv(emails, file) {
    const result = await this.call('resolve_identities',
      { id_type: 'email', identifiers: emails, format: 'csv' });
    const body = await this.get(new URL(result.export.url));
    const out = createWriteStream(file);
    out.end(body);
    await once(out, 'finish');
    return body;
  }

  async getPerson(ids, domains) {
    const result = await this.call('get_person', { person_ids: ids.map(String), domains });
    return new Set(result.profiles.map((p) => Number(p.person_id)));
  }

  async call(name, args) {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call',
      params: { name, arguments: args } });
    const reply = JSON.parse(await this.request('POST', this.url, body, {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${this.token}`,
    }));
    if (reply.error || reply.result.isError) {
      throw new Error(`${name} failed: ${JSON.stringify(reply.error ?? reply.result.content)}`);
    }
    return reply.result.structuredContent;
  }

  get(url) {
    return this.request('GET', url, null, {});
  }

  request(method, url, body, headers) {
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method, agent: this.agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks);
          if (res.statusCode !== 200) reject(new Error(`${method} ${url.pathname}: HTTP ${res.statusCode}`));
          else resolve(text.toString('utf8'));
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  async close() {
    this.agent.destroy();
    if (this.server && this.server.exitCode === null) {
      this.server.kill('SIGTERM');
      await once(this.server, 'exit');
    }
  }
}
