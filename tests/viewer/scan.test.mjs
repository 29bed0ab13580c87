// Scanning at the desk from the viewer: SANE's `test` backend (a real SANE device, in libsane1)
// is the scanner, enabled by a SANE configuration given to the viewer and so to its `sohoa
// scan` children. A clerk scans three pages into a dossier as its result, drops one and scans
// it again, stores them, sees them read and found, and the report's electronic-result rate
// moves; auditors cannot scan; every step is in the audit log.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { chromium } from "playwright-core";

import { artifacts, newDossier, passwords, signIn, startViewer } from "./fixture.mjs";

const chromiumPath = process.env.SOHOA_CHROMIUM || "/usr/bin/chromium";
let viewer, browser, page, scannerConfig;

// The test backend as the only scanner: a feeder of grey grid sheets, 80 × 60 mm.
function testScannerConfig() {
  const folder = mkdtempSync(path.join(tmpdir(), "sohoa-sane-"));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "dll.conf"), "test\n");
  writeFileSync(path.join(folder, "test.conf"), 'number_of_devices 1\nmode Gray\ndepth 8\ntest-picture "Grid"\nbr_x 80.0\nbr_y 60.0\n');
  return folder;
}

before(async () => {
  // A desk set to Vietnamese: the viewer still reads its children's lines.
  scannerConfig = testScannerConfig();
  viewer = await startViewer({ env: { SANE_CONFIG_DIR: scannerConfig, LANG: "vi_VN.UTF-8" } });
  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
  page.on("pageerror", (error) => console.error("page error:", error.message));
});
after(async () => {
  await browser?.close();
  await viewer?.stop();
  if (scannerConfig) rmSync(scannerConfig, { recursive: true, force: true });
});

async function scanState(client, id, wanted) {
  for (let tries = 0; tries < 1500; ++tries) {
    const scan = await (await client.get(`/api/scans/${id}`)).json();
    if (wanted.includes(scan.state)) return scan;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`scan ${id} never reached ${wanted}`);
}

test("only a signed-in clerk or admin with the page's token scans", async () => {
  const auditor = await signIn(viewer.base, "kiemtra");
  assert.equal((await auditor.post("/api/scans", { source: "adf" })).status, 403);
  assert.equal((await auditor.get("/api/scanners")).status, 403);
  const anonymous = await fetch(`${viewer.base}/api/scans`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
  assert.equal(anonymous.status, 401);
  const clerk = await signIn(viewer.base, "canbo");
  assert.equal((await clerk.post("/api/scans", { source: "adf" }, { "X-CSRF-Token": "" })).status, 403);
  const wrong = await clerk.post("/api/scans", { source: "adf", dossier: "not-a-code", part: "result" });
  assert.equal(wrong.status, 400);
  assert.match((await wrong.json()).error, /Mã hồ sơ không hợp lệ/);
  const option = await clerk.post("/api/scans", { device: "--help" });
  assert.equal(option.status, 400); // a device name never passes for an option of the child
  const scanners = await (await clerk.get("/api/scanners")).json();
  assert.deepEqual(scanners.scanners.map((s) => s.name), ["test:0"]);
  const audit = await (await (await signIn(viewer.base, "admin")).get("/api/audit?action=scan")).json();
  assert.equal(audit.entries.length, 0); // nothing refused was started
});

test("a result scanned on a dossier's page, a page dropped and scanned again, is stored, found and counted", async () => {
  const clerk = await signIn(viewer.base, "canbo");
  const before = (await (await clerk.get("/api/report?period=2025-Q2")).json()).rates.electronic_result;
  await page.goto(`${viewer.base}/`);
  await page.fill("#username", "canbo");
  await page.fill("#password", passwords.canbo);
  await page.click("#login-form button[type=submit]");
  await page.locator("#who").filter({ hasText: "canbo" }).waitFor();
  await page.goto(`${viewer.base}/#/ho-so/${encodeURIComponent(newDossier)}`);
  await page.click("#scan-result");
  await page.locator("#scan-device option[value='test:0']").waitFor({ state: "attached" });
  assert.equal(await page.inputValue("#scan-dossier"), newDossier);
  assert.equal(await page.inputValue("#scan-part"), "result");
  await page.selectOption("#scan-source", "adf");
  await page.selectOption("#scan-dpi", "150");
  await page.fill("#scan-sheets", "3");
  await page.click("#scan-start");
  await page.locator("#scan-state", { hasText: "đã quét xong" }).waitFor({ timeout: 60000 });
  assert.equal(await page.locator("#scan-pages figure img").count(), 3);
  assert.equal(await page.locator("#scan-progress li").count(), 3);
  await page.screenshot({ path: path.join(artifacts, "scan-pages.png") });
  const id = page.url().split("/").pop();
  // The preview is a small picture of the page.
  const preview = await clerk.get(`/api/scans/${id}/pages/2`);
  assert.equal(preview.headers.get("content-type"), "image/jpeg");
  assert.ok((await preview.arrayBuffer()).byteLength > 500);

  await page.click("figure[data-page='2'] .drop-page");
  await page.locator("figure[data-page='2'].dropped").waitFor();
  assert.equal(await page.locator("#scan-pages figure img").count(), 2);
  await page.click("figure[data-page='2'] .rescan-page");
  await page.locator("figure[data-page='2'] img").waitFor({ timeout: 60000 });
  await page.locator("#scan-state", { hasText: "đã quét xong" }).waitFor({ timeout: 60000 });
  assert.equal(await page.locator("#scan-pages figure img").count(), 3);
  assert.equal(await page.locator("#scan-pages figure.dropped").count(), 0);

  await page.click("#scan-commit");
  await page.locator("#scan-state", { hasText: "đã lưu" }).waitFor({ timeout: 120000 });
  await page.screenshot({ path: path.join(artifacts, "scan-stored.png") });
  assert.deepEqual(await page.locator("#scan-progress li").allTextContents(), [1, 2, 3].map((n) => `Trang ${n}: đã lưu và đọc`));
  const stored = await scanState(clerk, id, ["stored", "failed"]);
  assert.equal(stored.state, "stored", JSON.stringify(stored));
  assert.equal(stored.pages_read, 3);
  const listed = (await (await clerk.get("/api/ingest")).json()).scans;
  assert.deepEqual(listed.map((s) => [s.id, s.state, s.pages_read]), [[id, "stored", 3]]);
  await page.goto(`${viewer.base}/#/nhap-lieu`);
  await page.locator("#scans-table td", { hasText: "Đã lưu và đọc xong 3 trang" }).waitFor();

  // Found by search: the dossier's pages include the scanned ones (a grid has no words to look for).
  const found = await (await clerk.get(`/api/search?dossier=${encodeURIComponent(newDossier)}`)).json();
  assert.ok(found.hits.some((hit) => hit.source.includes(`scans/${id}/pages/page-`)), JSON.stringify(found.hits));
  const dossier = await (await clerk.get(`/api/dossiers/${encodeURIComponent(newDossier)}`)).json();
  const results = dossier.documents.filter((d) => d.dossier_part === "result");
  assert.equal(results.reduce((pages, d) => pages + d.pages.length, 0), 3, JSON.stringify(results));
  const afterwards = (await (await clerk.get("/api/report?period=2025-Q2")).json()).rates.electronic_result;
  assert.ok(afterwards.numerator > before.numerator, `${JSON.stringify(before)} -> ${JSON.stringify(afterwards)}`);

  const audit = await (await (await signIn(viewer.base, "admin")).get("/api/audit?action=scan")).json();
  const details = audit.entries.map((e) => e.detail);
  assert.ok(audit.entries.every((e) => e.username === "canbo" && e.target === `scan:${id}`), JSON.stringify(audit.entries));
  for (const step of ["bắt đầu quét", "bỏ trang 2", "quét lại trang 2", "lưu 3 trang"])
    assert.ok(details.some((d) => d.startsWith(step) && d.includes(newDossier)), `${step}: ${JSON.stringify(details)}`);
});
