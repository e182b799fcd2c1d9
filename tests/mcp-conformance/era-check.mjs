// Drives idgraph with the MCP Inspector CLI (2.x) pinned to one protocol era, over HTTP (bearer
// key) or stdio (spawning the jar): tools/list with --strict schema checks, resolve_identities,
// get_person with a csv export, a read of the export as a resource, and a read of the catalog. In
// the modern era (2026-07-28) every result must carry the server's identity in _meta (only that
// revision adds it); in the legacy era (2025-11-25) none may. Expects the small test graph.
//
//   node era-check.mjs --era legacy|modern --url http://127.0.0.1:PORT/mcp --token TOKEN
//   node era-check.mjs --era legacy|modern --jar JAR --data DIR
//
// Prints one line per check and "N passed, M failed"; exits 1 on any failure. Needs Node >= 22.19
// (the Inspector's own requirement); run.sh starts it with the Node 22 it installs from npm.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: opts } = parseArgs({
  options: {
    era: { type: "string" },
    url: { type: "string" },
    token: { type: "string" },
    jar: { type: "string" },
    data: { type: "string" },
    java: { type: "string", default: "java" },
  },
});
if (!["legacy", "modern"].includes(opts.era) || !(opts.url || opts.jar)) {
  console.error("usage: era-check.mjs --era legacy|modern (--url URL --token T | --jar JAR --data DIR)");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const inspectorDir = path.dirname(require.resolve("@modelcontextprotocol/inspector/package.json"));
const launcher = path.join(inspectorDir, "clients/launcher/build/index.js");
const label = `inspector ${opts.era} ${opts.url ? "http" : "stdio"}`;
const SERVER_INFO = "io.modelcontextprotocol/serverInfo";

function inspector(args) {
  const target = opts.url
    ? [opts.url, "--transport", "http", "--header", `Authorization: Bearer ${opts.token}`]
    : [];
  const server = opts.url ? [] : [opts.java, "-jar", opts.jar, "serve", "--stdio", "--data", opts.data];
  const argv = [launcher, "--cli", ...target, "--protocol-era", opts.era, "--format", "json", "-q", "--connect-timeout", "60000", ...args, ...server];
  return new Promise((resolve) => {
    execFile(process.execPath, argv, { timeout: 120_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function call(args) {
  const out = await inspector(args);
  if (out.code !== 0) {
    throw new Error(`exit ${out.code}: ${(out.stderr || out.stdout).trim().slice(0, 600)}`);
  }
  const parsed = JSON.parse(out.stdout);
  const result = parsed.result ?? parsed;
  const identified = result?._meta?.[SERVER_INFO]?.name === "idgraph";
  if (opts.era === "modern" && !identified) throw new Error(`no ${SERVER_INFO} in a modern result`);
  if (opts.era === "legacy" && result?._meta?.[SERVER_INFO]) throw new Error("a legacy result carries 2026-07-28 _meta");
  return result;
}

function tool(name, args) {
  return call(["--method", "tools/call", "--tool-name", name, "--tool-args-json", JSON.stringify(args)]).then((r) => {
    if (r.isError) throw new Error(`isError: ${r.content?.[0]?.text}`);
    const text = JSON.parse(r.content[0].text);
    if (JSON.stringify(text) !== JSON.stringify(r.structuredContent)) throw new Error("text differs from structuredContent");
    return r.structuredContent;
  });
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${label}: ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${label}: ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

await check("tools/list --strict (schemas every client accepts), titles and annotations", async () => {
  const out = await inspector(["--method", "tools/list", "--strict"]);
  expect(out.code === 0, `exit ${out.code}: ${out.stderr.trim().slice(0, 600)}`);
  const { tools } = JSON.parse(out.stdout).result ?? JSON.parse(out.stdout);
  expect(tools.length === 6, `${tools.length} tools`);
  for (const t of tools) {
    expect(typeof t.title === "string" && t.title.length > 0, `${t.name} has no title`);
    expect(typeof t.annotations?.readOnlyHint === "boolean", `${t.name} has no readOnlyHint`);
  }
});
let workflowId;
await check("resolve_identities", async () => {
  const s = await tool("resolve_identities", { id_type: "email", identifiers: ["customer1@example.com"] });
  expect(s.identities[0]?.person_id === 12347, JSON.stringify(s.identities));
  workflowId = s.workflow_id;
});
let exportUri;
await check("get_person with a csv export", async () => {
  const s = await tool("get_person", {
    person_ids: ["12347"],
    domains: ["name"],
    workflow_id: workflowId,
    format: "csv",
  });
  expect(s.profiles[0]?.domains?.first_name === "Ann", JSON.stringify(s.profiles));
  expect(s.export?.rows === 1 && s.export.resource_uri.startsWith("workflow://"), JSON.stringify(s.export));
  exportUri = s.export.resource_uri;
});
await check("resources/read of the export", async () => {
  const r = await call(["--method", "resources/read", "--uri", `${exportUri}?format=json`]);
  const rows = JSON.parse(r.contents[0].text);
  expect(rows[0]?.person_id === "12347" && rows[0]?.first_name === "Ann", r.contents[0].text.slice(0, 300));
});
await check("resources/read catalog://domains", async () => {
  const r = await call(["--method", "resources/read", "--uri", "catalog://domains"]);
  expect(r.contents[0].text.includes("demographic"), "no demographic domain");
});

console.log(`${label}: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
