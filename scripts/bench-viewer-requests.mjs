#!/usr/bin/env node
// A viewer request's whole latency (HTTP, session, store connection, query, JSON, audit log)
// for a search and for one document, on a copy of a store: what opening the store once per
// viewer (indexer/store/StorePool) instead of once per request saves.
// Usage: node scripts/bench-viewer-requests.mjs STORE [RUNS (default 200)]
//   SOHOA_VIEWER_BINARY: another sohoa-viewer to measure (default build/viewer/sohoa-viewer).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [source, runsText = "200"] = process.argv.slice(2);
if (!source) {
  console.error("usage: node scripts/bench-viewer-requests.mjs STORE [RUNS]");
  process.exit(2);
}
const runs = Number(runsText);
const viewerBinary = process.env.SOHOA_VIEWER_BINARY || path.join(repo, "build/viewer/sohoa-viewer");
const store = fs.mkdtempSync(path.join(os.tmpdir(), "sohoa-bench-requests-"));
fs.cpSync(source, store, { recursive: true });  // the audit log grows: never on the original
const sql = (query) => execFileSync("sqlite3", [path.join(store, "records.db"), query], { encoding: "utf8" }).trim().split("\n");
const documentId = sql("SELECT public_id FROM documents ORDER BY id LIMIT 1")[0];

execFileSync(viewerBinary, ["--store", store, "--add-user", "bench", "--role", "clerk"], { input: "bench-password\n" });
const child = spawn(viewerBinary, ["--store", store, "--listen", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "inherit"] });
const base = await new Promise((resolve) => {
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
    const found = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
    if (found) resolve(found[1]);
  });
});
process.on("exit", () => child.kill("SIGTERM"));
const login = await fetch(`${base}/api/login`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ username: "bench", password: "bench-password" }),
});
if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
const cookie = login.headers.get("set-cookie").split(";")[0];

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
async function timed(route) {
  const started = performance.now();
  const response = await fetch(`${base}${route}`, { headers: { Cookie: cookie } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${route}: ${response.status}`);
  return performance.now() - started;
}

const rows = [];
for (const route of ["/api/search?q=" + encodeURIComponent("giấy khai sinh"), `/api/documents/${documentId}`]) {
  for (let i = 0; i < 10; ++i) await timed(route);  // warm the page cache
  const times = [];
  for (let i = 0; i < runs; ++i) times.push(await timed(route));
  rows.push(`| GET ${route.split("?")[0]} | ${runs} | ${percentile(times, 0.5).toFixed(2)} | ${percentile(times, 0.95).toFixed(2)} |`);
}
child.kill("SIGTERM");
fs.rmSync(store, { recursive: true, force: true });
console.log(`bench-viewer-requests: ${new Date().toISOString().slice(0, 10)}, ${viewerBinary}, ${source}`);
console.log("| request | runs | p50 ms | p95 ms |");
console.log("|---|---:|---:|---:|");
for (const row of rows) console.log(row);
