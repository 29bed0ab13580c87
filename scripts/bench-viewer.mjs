#!/usr/bin/env node
// The viewer's search as a browser calls it (HTTP, JSON, session and audit log included)
// over a large store, against `sohoa search --json` on the same queries in the same run.
// Usage: node scripts/bench-viewer.mjs STORE [RUNS (default 100)]
//   STORE: a store with pages, e.g. the million pages scripts/bench-search.sh builds.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [store, runsText = "100"] = process.argv.slice(2);
if (!store) {
  console.error("usage: node scripts/bench-viewer.mjs STORE [RUNS]");
  process.exit(2);
}
const runs = Number(runsText);
const sohoa = path.join(repo, "build/pipeline/sohoa");
const viewerBinary = path.join(repo, "build/viewer/sohoa-viewer");
const sql = (query) => execFileSync("sqlite3", [path.join(store, "records.db"), query], { encoding: "utf8" }).trim().split("\n");

// Queries taken from the store itself: CCCD numbers it holds, two words of its pages.
const cccds = sql(`SELECT key FROM identifiers WHERE kind = 'cccd' AND page_id % 997 = 0 LIMIT ${runs}`);
const texts = sql(`SELECT replace(text, char(10), ' ') FROM pages WHERE id % 9973 = 0 LIMIT ${runs}`);
const twoWords = texts.map((text) => {
  const words = text.split(/\s+/).filter((word) => /^\p{L}{3,}$/u.test(word));
  const at = Math.floor(words.length / 2);
  return `${words[at]} ${words[at + 1]}`;
}).filter((query) => !query.includes("undefined"));

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
const login = await fetch(`${base}/api/login`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },  // the viewer refuses a JSON body sent as anything else (415)
  body: JSON.stringify({ username: "bench", password: "bench-password" }),
});
const cookie = login.headers.get("set-cookie").split(";")[0];

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
async function timeViewer(route) {
  const started = performance.now();
  const response = await fetch(`${base}${route}`, { headers: { Cookie: cookie } });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`${route}: ${response.status} ${body.error}`);
  return [performance.now() - started, body.hits.length];
}
function timeCommand(args) {
  const started = performance.now();
  const out = JSON.parse(execFileSync(sohoa, ["search", "--store", store, "--json", ...args], { encoding: "utf8" }));
  return [performance.now() - started, (out.hits || out).length];
}

const rows = [];
for (const [label, queries, route, args] of [
  ["CCCD lookup", cccds, (q) => `/api/search?cccd=${q}`, (q) => ["--cccd", q]],
  ["two words", twoWords, (q) => `/api/search?q=${encodeURIComponent(q)}`, (q) => [q]],
]) {
  for (const q of queries.slice(0, 5)) await timeViewer(route(q)); // warm the page cache
  const viewer = [], command = [];
  let hits = 0;
  for (const q of queries) {
    const [ms, found] = await timeViewer(route(q));
    viewer.push(ms);
    hits += found;
    command.push(timeCommand(args(q))[0]);
  }
  rows.push(`| ${label} (${queries.length}) | ${percentile(viewer, 0.5).toFixed(1)} | ${percentile(viewer, 0.95).toFixed(1)} | ` +
    `${percentile(command, 0.5).toFixed(1)} | ${percentile(command, 0.95).toFixed(1)} | ${(hits / queries.length).toFixed(1)} |`);
}
child.kill("SIGTERM");
const pages = sql("SELECT count(*) FROM pages")[0];
console.log(`bench-viewer: ${new Date().toISOString().slice(0, 10)}, ${pages} pages in ${store}`);
console.log("| query | viewer p50 ms | viewer p95 ms | sohoa search p50 ms | sohoa search p95 ms | hits |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const row of rows) console.log(row);
