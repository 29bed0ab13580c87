// The viewer's HTTP security, against a real sohoa-viewer over a real store.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { after, before, test } from "node:test";

import { newDossier, passwords, repo, sampleDocuments, signIn, sohoa, startViewer } from "./fixture.mjs";

let viewer;
let clerk;
let documentId, reusableId, pageId, fieldId;
const receipt = sampleDocuments.find((d) => d.kind === "receipt");

before(async () => {
  viewer = await startViewer();
  clerk = await signIn(viewer.base, "canbo");
  const dossier = await (await clerk.get(`/api/dossiers/${receipt.dossier_code}`)).json();
  const document = dossier.documents.find((d) => d.kind === "receipt");
  documentId = document.document_id;
  reusableId = dossier.documents.find((d) => d.kind !== "receipt").document_id; // a receipt is never reused
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

// A request from a chosen loopback address (127.0.0.0/8 all reach the server): the tests of
// the login throttle each come from their own address.
function requestFrom(localAddress, method, route, { body, headers = {} } = {}) {
  const { hostname, port } = new URL(viewer.base);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, method, path: route, localAddress, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const loginFrom = (localAddress, username, password, headers = {}) =>
  requestFrom(localAddress, "POST", "/api/login", {
    body: JSON.stringify({ username, password }),
    headers: { "Content-Type": "application/json", ...headers },
  });

const apiRoutes = () => [
  ["GET", "/api/me"],
  ["POST", "/api/logout"],
  ["GET", "/api/search?q=ho"],
  ["GET", "/api/types"],
  ["GET", `/api/documents/${documentId}`],
  ["GET", `/api/documents/${documentId}/archive`],
  ["GET", `/api/dossiers/${receipt.dossier_code}`],
  ["GET", `/api/pages/${pageId}/image`],
  ["GET", `/api/pages/${pageId}/hits?q=ho`],
  ["POST", `/api/fields/${fieldId}`],
  ["POST", "/api/reuse"],
  ["GET", `/api/reuse/check?dossier_code=${newDossier}&document_id=${documentId}`],
  ["POST", "/api/reuse/undo"],
  ["GET", "/api/report?period=2025-Q2"],
  ["GET", "/api/report/shortfalls?period=2025-Q2&rate=reuse"],
  ["GET", "/api/report/export?period=2025-Q2&format=xlsx"],
  ["GET", "/api/ingest"],
  ["GET", "/api/audit"],
  ["GET", "/api/users"],
  ["POST", "/api/users"],
  ["POST", "/api/users/canbo/password"],
  ["POST", "/api/users/canbo/role"],
  ["POST", "/api/users/canbo/disabled"],
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

test("a wrong password is 401, and after exactly 3 the next attempts wait (429)", async () => {
  const attempt = () =>
    fetch(`${viewer.base}/api/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ username: "kiemtra", password: "sai-mat-khau" }) });
  const statuses = [];
  for (let i = 0; i < 5; ++i) statuses.push((await attempt()).status);
  assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
  const blocked = await attempt();
  assert.ok(Number(blocked.headers.get("retry-after")) >= 1);
});

test("40 concurrent wrong passwords get no more checks than 3 sequential ones", async () => {
  const statuses = await Promise.all(
    Array.from({ length: 40 }, () => loginFrom("127.0.0.3", "admin", "sai-mat-khau").then((r) => r.status)));
  const checked = statuses.filter((status) => status === 401).length;
  assert.ok(checked >= 1 && checked <= 3, `${checked} passwords checked: ${statuses}`);
  // The others wait (429), or are refused as more connections than one address may hold (503).
  assert.equal(statuses.filter((status) => status === 429 || status === 503).length, 40 - checked);
  assert.ok(statuses.includes(429));
});

test("failures from one address do not lock the real user out at another", async () => {
  const statuses = [];
  for (let i = 0; i < 4; ++i) statuses.push((await loginFrom("127.0.0.5", "canbo", "doan-bua")).status);
  assert.deepEqual(statuses, [401, 401, 401, 429]);
  assert.equal((await loginFrom("127.0.0.6", "canbo", passwords.canbo)).status, 200);
  assert.equal((await loginFrom("127.0.0.5", "canbo", passwords.canbo)).status, 429);  // the guesser still waits
});

test("an address guessing names waits after 10 failures, and logging into its own account does not reset that", async () => {
  for (let i = 0; i < 9; ++i) assert.equal((await loginFrom("127.0.0.4", `doan-ten-${i}`, "doan-bua")).status, 401);
  assert.equal((await loginFrom("127.0.0.4", "canbo", passwords.canbo)).status, 200);
  assert.equal((await loginFrom("127.0.0.4", "doan-ten-9", "doan-bua")).status, 401);
  assert.equal((await loginFrom("127.0.0.4", "doan-ten-10", "doan-bua")).status, 429);
});

test("a login is JSON only and from this server's own pages (login CSRF)", async () => {
  const body = JSON.stringify({ username: "canbo", password: passwords.canbo });
  const asText = await requestFrom("127.0.0.8", "POST", "/api/login", { body, headers: { "Content-Type": "text/plain" } });
  assert.equal(asText.status, 415);
  assert.equal(asText.headers["set-cookie"], undefined);
  const asForm = await requestFrom("127.0.0.8", "POST", "/api/login", { body, headers: { "Content-Type": "application/x-www-form-urlencoded" } });
  assert.equal(asForm.status, 415);
  const { host } = new URL(viewer.base);
  for (const headers of [{ Origin: "http://evil.example" }, { Origin: "null" }, { Origin: `http://${host}`, "Sec-Fetch-Site": "cross-site" },
    { Origin: `http://${host}`, Host: "evil.example" }]) {
    const foreign = await loginFrom("127.0.0.8", "canbo", passwords.canbo, headers);
    assert.equal(foreign.status, 403, JSON.stringify(headers));
    assert.equal(foreign.headers["set-cookie"], undefined);
    assert.match(JSON.parse(foreign.text).error, /trang của nơi khác/);
  }
  const own = await loginFrom("127.0.0.8", "canbo", passwords.canbo, { Origin: `http://${host}`, "Sec-Fetch-Site": "same-origin" });
  assert.equal(own.status, 200);
});

test("a member of the wrong JSON type is 400 in Vietnamese on every POST route, and changes nothing", async () => {
  const admin = await signIn(viewer.base, "admin");
  const usersBefore = await (await admin.get("/api/users")).json();
  const attempts = [
    ["/api/users", { username: "mot-cua-moi", password: "mot-cua-2025", role: "clerk", disabled: "yes" }],
    ["/api/users", { username: ["mot-cua-moi"], password: "mot-cua-2025", role: "clerk" }],
    ["/api/users", { username: "mot-cua-moi", password: 12345678, role: "clerk" }],
    ["/api/users", { username: "mot-cua-moi", password: "mot-cua-2025", role: { name: "admin" } }],
    ["/api/users/canbo/role", { role: 2 }],
    ["/api/users/canbo/disabled", { disabled: "yes" }],
    ["/api/users/canbo/disabled", { disabled: 1 }],
    ["/api/users/canbo/password", { password: true }],
    [`/api/fields/${fieldId}`, { value: 5 }],
    ["/api/reuse", { dossier_code: [newDossier], document_id: documentId }],
    ["/api/reuse", { dossier_code: newDossier, document_id: reusableId, confirmed: "yes" }],
    ["/api/reuse/undo", { dossier_code: newDossier, document_id: reusableId, reason: ["nhầm"] }],
    ["/api/login", { username: { $ne: "" }, password: "x" }],
  ];
  for (const [route, body] of attempts) {
    const response = await admin.post(route, body);
    const answer = await response.json();
    assert.equal(response.status, 400, `${route} ${JSON.stringify(body)}: ${JSON.stringify(answer)}`);
    assert.match(answer.error, /phải|Chọn vai trò|Thiếu/, route);
    assert.doesNotMatch(answer.error, /json|type_error|exception/i, route);
  }
  const usersAfter = await (await admin.get("/api/users")).json();
  const names = (list) => list.users.map((u) => `${u.username}:${u.role}:${u.disabled}`);
  assert.deepEqual(names(usersAfter), names(usersBefore));
});

test("a password reset keeps the role, and a user's sessions end when role or password change or they are disabled", async () => {
  const admin = await signIn(viewer.base, "admin");
  passwords.canbo9 = "mot-cua-2029";
  assert.equal((await admin.post("/api/users", { username: "canbo9", password: passwords.canbo9 })).status, 400); // no role, no user
  assert.equal((await admin.post("/api/users", { username: "canbo9", password: passwords.canbo9, role: "clerk" })).status, 200);
  assert.equal((await admin.post("/api/users", { username: "canbo9", password: "khac-hoan-toan", role: "admin" })).status, 422);
  const changes = [
    ["password", { password: "mot-cua-2030" }, () => (passwords.canbo9 = "mot-cua-2030")],
    ["role", { role: "auditor" }, () => {}],
    ["disabled", { disabled: true }, () => {}],
  ];
  for (const [what, body, after] of changes) {
    const session = await signIn(viewer.base, "canbo9");
    assert.equal((await session.get("/api/me")).status, 200);
    const changed = await admin.post(`/api/users/canbo9/${what}`, body);
    assert.equal(changed.status, 200, what);
    after();
    assert.equal((await session.get("/api/me")).status, 401, `the session lives on after a ${what} change`);
  }
  const user = (await (await admin.get("/api/users")).json()).users.find((u) => u.username === "canbo9");
  assert.deepEqual([user.role, user.disabled], ["auditor", true]);
  assert.equal((await loginFrom("127.0.0.9", "canbo9", passwords.canbo9)).status, 401);
  assert.equal((await admin.post("/api/users/no-such-user/role", { role: "clerk" })).status, 404);
  assert.equal((await admin.post("/api/users/admin/disabled", { disabled: true })).status, 422); // the last admin
});

test("a correction extraction would refuse is 422 with the reason, for every kind of field", async () => {
  const dossier = await (await clerk.get(`/api/dossiers/${receipt.dossier_code}`)).json();
  const fields = dossier.documents.find((d) => d.kind === "receipt").fields;
  const id = (name) => fields.find((f) => f.name === name).id;
  for (const [name, value] of [["dossier_code", "../../../../etc/passwd"], ["dossier_code", "000.14.22.H08-251399-1271"],
    ["procedure_code", "1.00065"], ["procedure_code", "<script>"], ["organ_name", "ubnd"], ["person_name", "=cmd|' /C calc'!A0"],
    ["citizen_ids", "999080274288"], ["citizen_ids", "O93O8O274288"], ["issued_date", "31/02/2025"], ["issued_date", "2025-13-01"]]) {
    const response = await clerk.post(`/api/fields/${id(name)}`, { value });
    assert.equal(response.status, 422, `${name} = ${value}`);
    assert.match((await response.json()).error, /^Giá trị không hợp lệ: /);
  }
  const after = await (await clerk.get(`/api/dossiers/${receipt.dossier_code}`)).json();
  assert.deepEqual(after.documents.find((d) => d.kind === "receipt").fields.map((f) => f.value), fields.map((f) => f.value));
});

test("a store locked by another writer answers 503 in Vietnamese, with no SQL, and never 'not found'", async () => {
  const locker = spawn("sqlite3", [path.join(viewer.store, "records.db")], { stdio: ["pipe", "pipe", "inherit"] });
  await new Promise((resolve) => {
    locker.stdout.on("data", (chunk) => String(chunk).includes("locked") && resolve());
    locker.stdin.write("BEGIN IMMEDIATE;\nINSERT INTO audit_log (username, action, target, detail, client) VALUES ('t', 't', '', '', '');\n.print locked\n");
  });
  try {
    const response = await clerk.post("/api/reuse", { dossier_code: newDossier, document_id: reusableId, confirmed: true });
    const answer = await response.json();
    assert.equal(response.status, 503, JSON.stringify(answer));
    assert.match(answer.error, /đang bận/);
    assert.doesNotMatch(answer.error, /SQL|sqlite|database|locked/i);
  } finally {
    locker.stdin.end("ROLLBACK;\n");
    await new Promise((resolve) => locker.once("exit", resolve));
  }
  assert.equal((await clerk.post("/api/reuse", { dossier_code: "000.14.22.H08-250101-9999", document_id: reusableId })).status, 404);
  assert.equal((await clerk.post("/api/reuse", { dossier_code: newDossier, document_id: documentId })).status, 422);
});

test("a query of 1,300 words is refused in Vietnamese at once, and no search holds the viewer past its budget", async () => {
  const words = Array.from({ length: 1300 }, (_, i) => ["la", "va", "cua", "co", "nguoi", "nhung"][i % 6]).join(" ");
  const started = Date.now();
  const response = await clerk.get(`/api/search?q=${encodeURIComponent(words)}`);
  assert.equal(response.status, 400);
  assert.match((await response.json()).error, /Câu tìm kiếm quá dài: tối đa 24 từ/);
  assert.ok(Date.now() - started < 2000);
  const hits = await clerk.get(`/api/pages/${pageId}/hits?q=${encodeURIComponent(words)}`);
  assert.equal(hits.status, 400);
  // Prefix queries of single letters match every word of every page: under the budget or refused.
  const broad = Date.now();
  const prefixes = await clerk.get(`/api/search?q=${encodeURIComponent("a* b* c* d* g* h* k* l* m* n* o* p* q* r* s* t* u* v* x* y*")}`);
  assert.ok([200, 503].includes(prefixes.status));
  assert.ok(Date.now() - broad < 2000, `${Date.now() - broad} ms`);
});

test("a chunked body over 1 MB is refused (413) like a Content-Length one", async () => {
  const big = JSON.stringify({ username: "canbo", password: "x".repeat(2 << 20) });
  const { hostname, port } = new URL(viewer.base);
  const send = (chunked) => new Promise((resolve, reject) => {
    const headers = { "Content-Type": "application/json", ...(chunked ? { "Transfer-Encoding": "chunked" } : { "Content-Length": Buffer.byteLength(big) }) };
    const request = http.request({ hostname, port, method: "POST", path: "/api/login", localAddress: "127.0.0.10", headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
    });
    request.on("error", reject);
    for (let at = 0; at < big.length; at += 65536) request.write(big.slice(at, at + 65536));
    request.end();
  });
  assert.equal(await send(false), 413);
  assert.equal(await send(true), 413);
});

test("slow clients (slowloris) do not take the viewer: others are served, the slow ones cut off", async () => {
  const { hostname, port } = new URL(viewer.base);
  const slow = Array.from({ length: 8 }, () => {
    const socket = net.connect({ host: hostname, port: Number(port), localAddress: "127.0.0.2" });
    socket.on("error", () => {});
    socket.closedAt = new Promise((resolve) => socket.on("close", () => resolve(Date.now())));
    socket.write("GET /api/me HTTP/1.1\r\nHost: x\r\n");
    socket.drip = setInterval(() => socket.writable && socket.write("X-Slow: 1\r\n"), 3000);
    return socket;
  });
  const started = Date.now();
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (let i = 0; i < 3; ++i) {
      const asked = Date.now();
      const response = await fetch(`${viewer.base}/api/me`, { headers: { Cookie: clerk.cookie }, signal: AbortSignal.timeout(3000) });
      assert.equal(response.status, 200);
      assert.ok(Date.now() - asked < 2000, `a normal request took ${Date.now() - asked} ms during the attack`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    // More connections from one address than it may hold are refused at once.
    const greedy = Array.from({ length: 20 }, () => new Promise((resolve) => {
      const socket = net.connect({ host: hostname, port: Number(port), localAddress: "127.0.0.7" });
      let answer = "";
      socket.on("data", (chunk) => (answer += chunk));
      socket.on("error", () => resolve(answer));
      socket.on("close", () => resolve(answer));
      setTimeout(() => socket.destroy(), 1500);
    }));
    const answers = await Promise.race([Promise.all(greedy), new Promise((resolve) => setTimeout(() => resolve([]), 4000))]);
    assert.ok(answers.filter((a) => a.startsWith("HTTP/1.1 503")).length >= 4, `${answers.length} answers`);
    // Cut off once their 10 s to send a request are over (some slack for a busy machine).
    const closed = await Promise.race([Promise.all(slow.map((s) => s.closedAt)), new Promise((resolve) => setTimeout(() => resolve(null), 25000))]);
    assert.ok(closed, "the slow connections were never cut off");
    for (const at of closed) assert.ok(at - started < 20000, `a slow connection lived ${at - started} ms`);
  } finally {
    for (const socket of slow) {
      clearInterval(socket.drip);
      socket.destroy();
    }
  }
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
  assert.equal((await auditor.post("/api/reuse/undo", { dossier_code: newDossier, document_id: reusableId, reason: "thử" })).status, 403);
  assert.equal((await auditor.get(`/api/reuse/check?dossier_code=${newDossier}&document_id=${reusableId}`)).status, 403);
  assert.equal((await auditor.get(`/api/documents/${documentId}/archive`)).status, 403);

  const cccd = receipt.fields.citizen_ids[0];
  const document = await (await auditor.get(`/api/documents/${documentId}`)).json();
  const ids = document.fields.filter((f) => f.name === "citizen_ids").map((f) => f.value);
  assert.deepEqual(ids, [`${cccd.slice(0, 3)}*******${cccd.slice(-2)}`]);
  assert.ok(!document.pages[0].text.includes(cccd));
  // The page image is blacked out where the number is: it differs from the clerk's.
  const auditorImage = Buffer.from(await (await auditor.get(`/api/pages/${pageId}/image`)).arrayBuffer());
  const clerkImage = Buffer.from(await (await clerk.get(`/api/pages/${pageId}/image`)).arrayBuffer());
  assert.ok(auditorImage.length > 1000 && !auditorImage.equals(clerkImage));
});

// An auditor of its own: kiemtra waits out the throttle test's failures.
async function auditorSession(name) {
  const admin = await signIn(viewer.base, "admin");
  passwords[name] = "kiem-tra-2026";
  const created = await admin.post("/api/users", { username: name, password: passwords[name], role: "auditor" });
  assert.equal(created.status, 200);
  return { admin, auditor: await signIn(viewer.base, name) };
}

test("an auditor cannot rebuild a masked number: digits, prefixes, phrases, the CCCD filter and hits are refused and audited", async () => {
  const { admin, auditor } = await auditorSession("kiemtra3");
  const cccd = receipt.fields.citizen_ids[0];
  const attacks = [`${cccd.slice(0, 4)}*`, cccd, `"${cccd.slice(0, 3)} ${cccd.slice(3, 6)}"`, cccd.replace(/0/g, "O"),
    `${cccd.slice(0, 3)} ${cccd.slice(3, 6)} ${cccd.slice(6, 9)} ${cccd.slice(9)}`, "ho OR 0930*", "0902*", "1949"];
  for (const q of attacks) {
    const search = await auditor.get(`/api/search?q=${encodeURIComponent(q)}`);
    assert.equal(search.status, 403, q);
    assert.match((await search.json()).error, /Vai trò kiểm tra/);
    assert.equal((await auditor.get(`/api/pages/${pageId}/hits?q=${encodeURIComponent(q)}`)).status, 403, q);
  }
  for (const number of [cccd, `${cccd.slice(0, 11)}${(Number(cccd[11]) + 1) % 10}`]) // the number, and one "did you mean" away
    assert.equal((await auditor.get(`/api/search?cccd=${number}`)).status, 403);
  const clerkNear = await (await clerk.get(`/api/search?cccd=${cccd.slice(0, 11)}${(Number(cccd[11]) + 1) % 10}`)).json();
  assert.ok(clerkNear.did_you_mean.includes(cccd), "the clerk's did-you-mean is what an auditor must not get");
  // Every hits request is in the audit log, refused or not.
  const log = await (await admin.get("/api/audit?user=kiemtra3&action=hits")).json();
  assert.equal(log.entries.length, attacks.length);
  assert.ok(log.entries.every((e) => e.target === `page:${pageId}`));
  // A whole dossier code is a public key: found, with no personal number in the snippets.
  const byCode = await (await auditor.get(`/api/search?q=${receipt.dossier_code}`)).json();
  assert.ok(byCode.hits.length > 0);
  for (const hit of byCode.hits) assert.ok(!hit.snippet_html.includes(cccd));
});

test("an auditor's searches and hit boxes never match inside masked values", async () => {
  const { auditor } = await auditorSession("kiemtra4");
  // The words of the receipt's address, as the clerk reads it.
  const receiptPage = (await (await clerk.get(`/api/documents/${documentId}`)).json()).pages[0].text;
  const address = receiptPage.match(/Địa chỉ: (.+)/)[1].split(",")[0].trim(); // "Thôn Phú Hữu"
  const phrase = `"${address}"`;
  const clerkHits = await (await clerk.get(`/api/search?q=${encodeURIComponent(phrase)}`)).json();
  assert.ok(clerkHits.hits.length > 0, `the clerk finds ${phrase}`);
  const auditorHits = await (await auditor.get(`/api/search?q=${encodeURIComponent(phrase)}`)).json();
  assert.deepEqual(auditorHits.hits, [], `an auditor finds ${phrase}`);
  const folded = address.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  for (const q of [folded, `${folded.split(" ")[1]}*`]) {
    const answer = await (await auditor.get(`/api/search?q=${encodeURIComponent(q)}`)).json();
    for (const hit of answer.hits) assert.ok(!hit.snippet_html.includes(address), `${q}: ${hit.snippet_html}`);
  }
  // Boxes: none on a masked word; the same words elsewhere on the page keep theirs.
  const boxes = async (session, q) => (await (await session.get(`/api/pages/${pageId}/hits?q=${encodeURIComponent(q)}`)).json()).boxes;
  const clerkBoxes = await boxes(clerk, folded), auditorBoxes = await boxes(auditor, folded);
  assert.ok(auditorBoxes.length < clerkBoxes.length, `${auditorBoxes.length} of ${clerkBoxes.length} boxes`);
  for (const box of auditorBoxes) assert.ok(clerkBoxes.some((b) => b.join() === box.join()));
  const onlyInAddress = folded.split(" ").at(-1); // "huu"
  assert.ok((await boxes(clerk, onlyInAddress)).length > 0);
  assert.deepEqual(await boxes(auditor, onlyInAddress), []);
});

test("an auditor reads no phone number, home address or date of birth (Nghị định 13/2023)", async () => {
  const { auditor } = await auditorSession("kiemtra5");
  const clerkView = await (await clerk.get(`/api/dossiers/${receipt.dossier_code}`)).json();
  const clerkText = clerkView.documents.flatMap((d) => d.pages.map((p) => p.text)).join("\n");
  const personal = [
    ...clerkText.matchAll(/(?:Số điện thoại|Địa chỉ|Nơi cư trú|Ngày, tháng, năm sinh): (.+)/g),
  ].map((m) => m[1].trim());
  assert.ok(personal.length >= 4, personal.join(" | "));
  const view = await (await auditor.get(`/api/dossiers/${receipt.dossier_code}`)).json();
  const everything = JSON.stringify(view);
  for (const value of personal) assert.ok(!everything.includes(value), `an auditor reads "${value}"`);
  for (const id of receipt.fields.citizen_ids) assert.ok(!everything.includes(id), `an auditor reads ${id}`);
  const auditorText = view.documents.flatMap((d) => d.pages.map((p) => p.text)).join("\n");
  assert.match(auditorText, /Số điện thoại: \*\*\*/);
  assert.match(auditorText, /Địa chỉ: \*\*\*/);
  assert.match(auditorText, /năm sinh: \*\*\*/);
  // Search snippets too.
  const answer = await (await auditor.get(`/api/search?q=${encodeURIComponent("so dien thoai")}`)).json();
  assert.ok(answer.hits.length > 0);
  for (const hit of answer.hits) for (const value of personal) assert.ok(!hit.snippet_html.includes(value), hit.snippet_html);
});

test("an auditor's ingest page masks the personal numbers a scan's file name holds", async (t) => {
  const { auditor } = await auditorSession("kiemtra6");
  const folder = mkdtempSync(path.join(tmpdir(), "sohoa-named-"));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const named = path.join(folder, "cccd-052095001234-0902436107.pdf");
  copyFileSync(path.join(repo, "samples/scans/thong-bao-dien-tu.pdf"), named);
  const ingest = spawnSync(sohoa, ["ingest", "--store", viewer.store, named], { encoding: "utf8", env: { ...process.env, OMP_THREAD_LIMIT: "1" } });
  assert.equal(ingest.status, 0, ingest.stderr);
  const clerkSees = JSON.stringify(await (await clerk.get("/api/ingest")).json());
  assert.ok(clerkSees.includes("052095001234"));
  const auditorSees = JSON.stringify(await (await auditor.get("/api/ingest")).json());
  assert.ok(auditorSees.includes("cccd-052*******34-090*****07.pdf"), auditorSees);
  assert.ok(!auditorSees.includes("052095001234") && !auditorSees.includes("0902436107"));
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

test("an auditor's list of results names no person, and its thumbnails are cut from the masked picture", async () => {
  const { auditor } = await auditorSession("kiemtra-danhsach");
  const words = "tiếp nhận";
  const asClerk = await (await clerk.get(`/api/search?q=${encodeURIComponent(words)}`)).json();
  assert.ok(asClerk.hits.some((hit) => hit.person_name), "the clerk's list names people");
  const asAuditor = await (await auditor.get(`/api/search?q=${encodeURIComponent(words)}`)).json();
  assert.ok(asAuditor.hits.length > 0);
  assert.ok(asAuditor.hits.every((hit) => hit.person_name === null), "a name in the auditor's list");
  const pictured = asAuditor.hits.find((hit) => hit.has_image);
  const small = await auditor.get(`/api/pages/${pictured.page_id}/image?width=200`);
  assert.equal(small.status, 200);
  const clerkSmall = await clerk.get(`/api/pages/${pictured.page_id}/image?width=200`);
  assert.notDeepEqual(Buffer.from(await small.arrayBuffer()), Buffer.from(await clerkSmall.arrayBuffer()), "the auditor's thumbnail is not masked");
});
