// The viewer's HTTP security, against a real sohoa-viewer over a real store.
import assert from "node:assert/strict";
import http from "node:http";
import { after, before, test } from "node:test";

import { newDossier, sampleDocuments, signIn, startViewer } from "./fixture.mjs";

let viewer;
let clerk;
let documentId, pageId, fieldId;
const receipt = sampleDocuments.find((d) => d.kind === "receipt");

before(async () => {
  viewer = await startViewer();
  clerk = await signIn(viewer.base, "canbo");
  const dossier = await (await clerk.get(`/api/dossiers/${receipt.dossier_code}`)).json();
  const document = dossier.documents.find((d) => d.kind === "receipt");
  documentId = document.document_id;
  pageId = document.pages[0].id;
  fieldId = document.fields.find((f) => f.name === "person_name").id;
});
after(() => viewer.stop());

// A raw request: no URL normalisation on the way, so "../" reaches the server as written.
function rawRequest(base, method, rawPath, headers = {}) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, method, path: rawPath, headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
    });
    request.on("error", reject);
    request.end();
  });
}

const apiRoutes = () => [
  ["GET", "/api/me"],
  ["POST", "/api/logout"],
  ["GET", "/api/search?q=ho"],
  ["GET", `/api/documents/${documentId}`],
  ["GET", `/api/documents/${documentId}/archive`],
  ["GET", `/api/dossiers/${receipt.dossier_code}`],
  ["GET", `/api/pages/${pageId}/image`],
  ["GET", `/api/pages/${pageId}/hits?q=ho`],
  ["POST", `/api/fields/${fieldId}`],
  ["POST", "/api/reuse"],
  ["GET", "/api/report?period=2025-Q2"],
  ["GET", "/api/ingest"],
  ["GET", "/api/audit"],
  ["GET", "/api/users"],
  ["POST", "/api/users"],
  ["GET", "/api/no-such-route"],
];

test("every API route without a session answers 401", async () => {
  for (const [method, route] of apiRoutes()) {
    const response = await fetch(`${viewer.base}${route}`, { method, headers: { "Content-Type": "application/json" }, body: method === "POST" ? "{}" : undefined });
    assert.equal(response.status, 401, `${method} ${route}`);
  }
});

test("the session cookie is HttpOnly, SameSite=Strict and expires", () => {
  assert.match(clerk.setCookie, /HttpOnly/);
  assert.match(clerk.setCookie, /SameSite=Strict/);
  assert.match(clerk.setCookie, /Max-Age=\d+/);
});

test("a wrong password is 401, and repeated failures are slowed down (429)", async () => {
  const attempt = () =>
    fetch(`${viewer.base}/api/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ username: "kiemtra", password: "sai-mat-khau" }) });
  const statuses = [];
  for (let i = 0; i < 5; ++i) statuses.push((await attempt()).status);
  assert.deepEqual(statuses.slice(0, 3), [401, 401, 401]);
  assert.equal(statuses[4], 429);
  const blocked = await attempt();
  assert.ok(Number(blocked.headers.get("retry-after")) >= 1);
});

test("an auditor cannot correct a field or mark a reuse (403), and sees CCCD numbers masked", async () => {
  // Another name than the throttled one's: the auditor logs in as kiemtra only after its wait.
  const admin = await signIn(viewer.base, "admin");
  const reset = await admin.post("/api/users", { username: "kiemtra2", password: "kiem-tra-2025", role: "auditor" });
  assert.equal(reset.status, 200);
  const { passwords } = await import("./fixture.mjs");
  passwords.kiemtra2 = "kiem-tra-2025";
  const auditor = await signIn(viewer.base, "kiemtra2");
  assert.equal((await auditor.post(`/api/fields/${fieldId}`, { value: "Ai Đó" })).status, 403);
  assert.equal((await auditor.post("/api/reuse", { dossier_code: newDossier, document_id: documentId })).status, 403);
  assert.equal((await auditor.get(`/api/documents/${documentId}/archive`)).status, 403);

  const cccd = receipt.fields.citizen_ids[0];
  const seen = await (await auditor.get(`/api/search?cccd=${cccd}`)).json();
  assert.ok(seen.hits.length > 0);
  for (const hit of seen.hits) assert.ok(!hit.snippet_html.includes(cccd), "an auditor's snippet shows the CCCD");
  const document = await (await auditor.get(`/api/documents/${documentId}`)).json();
  const ids = document.fields.filter((f) => f.name === "citizen_ids").map((f) => f.value);
  assert.deepEqual(ids, [`${cccd.slice(0, 3)}*******${cccd.slice(-2)}`]);
  assert.ok(!document.pages[0].text.includes(cccd));
  // The page image is blacked out where the number is: it differs from the clerk's.
  const auditorImage = Buffer.from(await (await auditor.get(`/api/pages/${pageId}/image`)).arrayBuffer());
  const clerkImage = Buffer.from(await (await clerk.get(`/api/pages/${pageId}/image`)).arrayBuffer());
  assert.ok(auditorImage.length > 1000 && !auditorImage.equals(clerkImage));
});

test("a state-changing request without the CSRF token, or with a wrong one, is 403", async () => {
  const body = JSON.stringify({ value: "Hồ Thanh Phúc" });
  for (const token of [undefined, "0".repeat(64), clerk.csrf.slice(0, 10)]) {
    const headers = { Cookie: clerk.cookie, "Content-Type": "application/json", ...(token ? { "X-CSRF-Token": token } : {}) };
    const response = await fetch(`${viewer.base}/api/fields/${fieldId}`, { method: "POST", headers, body });
    assert.equal(response.status, 403, `token ${token}`);
  }
  const reuse = await fetch(`${viewer.base}/api/reuse`, {
    method: "POST",
    headers: { Cookie: clerk.cookie, "Content-Type": "application/json" },
    body: JSON.stringify({ dossier_code: newDossier, document_id: documentId }),
  });
  assert.equal(reuse.status, 403);
});

test("../ and its encoded forms are rejected on every path parameter", async () => {
  const attacks = ["../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%252e%252e%252fetc",
    "..%5c..%5cwindows", "..\\..\\etc", "%2e%2e", "..", "....//....//etc", "%00"];
  const templates = ["/api/documents/{}", "/api/documents/{}/archive", "/api/dossiers/{}", "/api/pages/{}/image", "/api/pages/{}/hits", "/{}"];
  for (const template of templates)
    for (const attack of attacks) {
      const status = await rawRequest(viewer.base, "GET", template.replace("{}", attack), { Cookie: clerk.cookie });
      assert.ok(status === 400 || status === 404, `${template} with ${attack}: ${status}`);
      assert.notEqual(status, 200);
    }
  for (const attack of attacks) {
    const status = await rawRequest(viewer.base, "POST", `/api/fields/${attack}`, { Cookie: clerk.cookie, "X-CSRF-Token": clerk.csrf });
    assert.ok(status === 400 || status === 404, `/api/fields/${attack}: ${status}`);
  }
  // The exact, decoded forms come back 400 from the server's own check.
  assert.equal(await rawRequest(viewer.base, "GET", "/api/documents/..%2f..%2fetc%2fpasswd", { Cookie: clerk.cookie }), 400);
  assert.equal(await rawRequest(viewer.base, "GET", "/api/dossiers/%252e%252e%252f", { Cookie: clerk.cookie }), 400);
});

test("logins, failed logins, searches and views are in the audit log, which only admins read", async () => {
  await clerk.get(`/api/search?q=ho+thanh+phuc`);
  await clerk.get(`/api/documents/${documentId}`);
  assert.equal((await clerk.get("/api/audit")).status, 403);
  const admin = await signIn(viewer.base, "admin");
  const log = await (await admin.get("/api/audit?user=canbo")).json();
  const actions = new Set(log.entries.map((e) => e.action));
  for (const action of ["login", "search", "view"]) assert.ok(actions.has(action), `no ${action} in ${[...actions]}`);
  assert.ok(log.entries.every((e) => e.username === "canbo" && e.at && e.client));
  const failed = await (await admin.get("/api/audit?action=login_failed")).json();
  assert.ok(failed.entries.length >= 3);
});

test("a session cookie is rejected after logout", async () => {
  const session = await signIn(viewer.base, "admin");
  assert.equal((await session.get("/api/me")).status, 200);
  assert.equal((await session.post("/api/logout", {})).status, 200);
  assert.equal((await session.get("/api/me")).status, 401);
  assert.equal((await session.get(`/api/documents/${documentId}`)).status, 401);
});
