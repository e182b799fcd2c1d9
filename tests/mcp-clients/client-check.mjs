// Drives an idgraph server with the official TypeScript MCP SDK over Streamable HTTP (bearer key)
// and stdio (spawning the jar): list tools, resolve, enrich, submit feedback, read the catalog, and
// check tool and protocol errors. Expects the small test graph
// (src/test/resources/io/idgraph/mcp/small-graph.jsonl) to be loaded.
//
//   node client-check.mjs --url http://127.0.0.1:PORT/mcp --token TOKEN --jar JAR --data DIR
//
// Prints one line per check and a final "N passed, M failed"; exits 1 on any failure.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { parseArgs } from "node:util";

const { values: opts } = parseArgs({
  options: {
    url: { type: "string" },
    token: { type: "string" },
    jar: { type: "string" },
    data: { type: "string" },
    java: { type: "string", default: "java" },
  },
});

let passed = 0;
let failed = 0;

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function suite(label, makeTransport) {
  const client = new Client({ name: "idgraph-ts-check", version: "1.0.0" });
  await check(`${label}: connect and initialize`, async () => {
    await client.connect(makeTransport());
    expect(client.getServerVersion()?.name === "idgraph", "server name is not idgraph");
  });

  await check(`${label}: tools/list has the six tools`, async () => {
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name).sort();
    expect(
      sameJson(names, [
        "generate_download_url",
        "generate_url_for_upload",
        "get_person",
        "resolve_and_enrich_rows",
        "resolve_identities",
        "submit_feedback",
      ]),
      `got ${names}`,
    );
    for (const t of tools) expect(t.inputSchema.additionalProperties === false, `${t.name} schema is open`);
  });

  let workflowId;
  let traceId;
  await check(`${label}: resolve_identities (multi_identifiers)`, async () => {
    const r = await client.callTool({
      name: "resolve_identities",
      arguments: {
        multi_identifiers: [
          { id_type: "email", hash_type: "plaintext", values: ["customer1@example.com", "customer2@example.com"] },
          { id_type: "phone", hash_type: "plaintext", values: ["5551234567", "5559876543"] },
        ],
      },
    });
    expect(!r.isError, `isError: ${r.content?.[0]?.text}`);
    const s = r.structuredContent;
    expect(sameJson(JSON.parse(r.content[0].text), s), "text content differs from structuredContent");
    expect(s.identities.length === 2, `expected 2 identities, got ${s.identities.length}`);
    expect(s.identities[0].person_id === 12346, `first person ${s.identities[0].person_id}`);
    expect(s.stats.requested === 4 && s.stats.resolved === 2 && s.stats.rate === 0.5, JSON.stringify(s.stats));
    expect(/^[0-9a-f]{32}$/.test(s.tool_trace_id), "tool_trace_id is not 32 hex");
    workflowId = s.workflow_id;
    traceId = s.tool_trace_id;
  });

  await check(`${label}: get_person (same workflow)`, async () => {
    const r = await client.callTool({
      name: "get_person",
      arguments: {
        person_ids: ["12345", 12347, "424242"],
        domains: ["demographic", "name", "email"],
        workflow_id: workflowId,
      },
    });
    expect(!r.isError, `isError: ${r.content?.[0]?.text}`);
    const s = r.structuredContent;
    expect(s.workflow_id === workflowId, "workflow_id not echoed");
    expect(sameJson(s.profiles.map((p) => p.person_id), ["12345", "12347"]), "profiles order");
    expect(s.profiles[0].domains.age_range === "35-44", "age_range");
    expect(s.profiles[1].domains.first_name === "Ann", "first_name");
    expect(sameJson(s.not_found, ["424242"]), `not_found ${JSON.stringify(s.not_found)}`);
  });

  await check(`${label}: submit_feedback`, async () => {
    const r = await client.callTool({
      name: "submit_feedback",
      arguments: {
        workflow_id: workflowId,
        feedback_items: [{ tool_trace_id: traceId, feedback: "looks right", person_id: 12346, kind: "other" }],
      },
    });
    expect(!r.isError, `isError: ${r.content?.[0]?.text}`);
    expect(r.structuredContent.stored_items === 1, "stored_items");
    expect(typeof r.structuredContent.feedback_id === "string", "feedback_id");
  });

  await check(`${label}: bad argument is a tool error`, async () => {
    const r = await client.callTool({
      name: "resolve_identities",
      arguments: { id_type: "mail", identifiers: ["a@b.com"] },
    });
    expect(r.isError === true, "expected isError");
    expect(r.content[0].text === "id_type must be one of email, phone, address, maid; got 'mail'", r.content[0].text);
  });

  await check(`${label}: unknown tool is JSON-RPC -32602`, async () => {
    try {
      await client.callTool({ name: "no_such_tool", arguments: {} });
    } catch (e) {
      expect(e.code === -32602, `code ${e.code}`);
      return;
    }
    throw new Error("no error");
  });

  await check(`${label}: catalog resource`, async () => {
    const { resources } = await client.listResources();
    expect(resources.some((r) => r.uri === "catalog://domains"), "catalog://domains not listed");
    const read = await client.readResource({ uri: "catalog://domains" });
    expect(read.contents[0].mimeType === "application/json", "mime type");
    expect(read.contents[0].text.includes("demographic"), "no demographic domain");
  });

  if (label === "http") {
    await check(`${label}: csv upload, resolve_and_enrich_rows, export downloaded without a token`, async () => {
      const up = await client.callTool({ name: "generate_url_for_upload", arguments: { filename: "ts.csv" } });
      expect(!up.isError, `isError: ${up.content?.[0]?.text}`);
      const link = up.structuredContent;
      const put = await fetch(link.upload_url, {
        method: "PUT",
        headers: { "Content-Type": "text/csv" },
        body: "id,email\n1,customer1@example.com\n2,nobody@example.org\n",
      });
      expect(put.status === 201, `PUT status ${put.status}`);
      const r = await client.callTool({
        name: "resolve_and_enrich_rows",
        arguments: {
          workflow_id: up.structuredContent.workflow_id,
          csv_resource_uri: link.resource_uri,
          lookup_columns: { email: { names: ["email"] } },
          domains: ["name"],
        },
      });
      expect(!r.isError, `isError: ${r.content?.[0]?.text}`);
      expect(r.structuredContent.stats.matched === 1, "matched");
      const res = await fetch(r.structuredContent.export.url);
      expect(res.status === 200, `GET status ${res.status}`);
      const text = await res.text();
      expect(text.split("\r\n")[1].startsWith("1,customer1@example.com,12347,"), text);
      const page = await client.readResource({ uri: `${r.structuredContent.export.resource_uri}?limit=1&format=json` });
      expect(JSON.parse(page.contents[0].text)[0].idgraph_person_id === "12347", page.contents[0].text);
    });
  }

  await client.close();
}

if (opts.url) {
  await suite("http", () =>
    new StreamableHTTPClientTransport(new URL(opts.url), {
      requestInit: { headers: { Authorization: `Bearer ${opts.token}` } },
    }),
  );
  await check("http: no key is refused with 401", async () => {
    const client = new Client({ name: "idgraph-ts-check", version: "1.0.0" });
    try {
      await client.connect(new StreamableHTTPClientTransport(new URL(opts.url)));
    } catch (e) {
      expect(e.code === 401, `status ${e.code}: ${e}`);
      return;
    }
    throw new Error("connected without a key");
  });
}
if (opts.jar) {
  await suite("stdio", () =>
    new StdioClientTransport({
      command: opts.java,
      // the SDK passes a spawned server only a few safe variables: the store is named here
      args: [
        "-jar", opts.jar, "serve", "--stdio", "--data", opts.data,
        ...(process.env.IDGRAPH_STORE ? ["--store", process.env.IDGRAPH_STORE] : []),
      ],
      stderr: "ignore",
    }),
  );
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
