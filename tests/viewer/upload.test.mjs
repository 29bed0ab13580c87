// Adding paper without a shell: files uploaded in the browser (dropped on the ingest page,
// or picked on a dossier's page as a component) are read by the real `sohoa` and found by
// search; the upload API refuses auditors, missing sessions and tokens, and wrong dossiers.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { artifacts, logInOnPage, newDossier, openBrowser, repo, signIn, startViewer } from "./fixture.mjs";

const scans = path.join(repo, "samples/scans");
let viewer, browser, page;

before(async () => {
  viewer = await startViewer();
  ({ browser, page } = await openBrowser());
});
after(async () => {
  await browser?.close();
  await viewer?.stop();
});

function multipart(files, fields = {}) {
  const form = new FormData();
  for (const [name, bytes] of files) form.append("file", new Blob([bytes]), name);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

async function upload(client, form, { csrf = client.csrf } = {}) {
  return fetch(`${viewer.base}/api/uploads`, {
    method: "POST",
    headers: { Cookie: client.cookie, ...(csrf ? { "X-CSRF-Token": csrf } : {}) },
    body: form,
  });
}

// Waits until `count` uploads are listed and every one is read; returns the uploads.
async function uploadsRead(client, count) {
  for (let tries = 0; tries < 3000; ++tries) {
    const status = await (await client.get("/api/ingest")).json();
    if (status.uploads.length >= count && status.uploads.every((u) => u.state !== "reading")) return status.uploads;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("uploads still reading after 10 minutes");
}

test("the upload API takes files only from a signed-in clerk with the page's token", async () => {
  const pdf = readFileSync(path.join(scans, "thong-bao-dien-tu.pdf"));
  const auditor = await signIn(viewer.base, "kiemtra");
  assert.equal((await upload(auditor, multipart([["a.pdf", pdf]]))).status, 403);
  const anonymous = await fetch(`${viewer.base}/api/uploads`, { method: "POST", body: multipart([["a.pdf", pdf]]) });
  assert.equal(anonymous.status, 401);
  const clerk = await signIn(viewer.base, "canbo");
  assert.equal((await upload(clerk, multipart([["a.pdf", pdf]]), { csrf: "" })).status, 403);
  const wrongDossier = await upload(clerk, multipart([["a.pdf", pdf]], { dossier: "not-a-code", part: "result" }));
  assert.equal(wrongDossier.status, 400);
  assert.match((await wrongDossier.json()).error, /Mã hồ sơ không hợp lệ/);
  const empty = await upload(clerk, multipart([], { dossier: newDossier }));
  assert.equal(empty.status, 400);
  const status = await (await clerk.get("/api/ingest")).json();
  assert.equal(status.uploads.length, 0); // nothing refused was kept or read
  const audit = await (await (await signIn(viewer.base, "admin")).get("/api/audit?action=upload")).json();
  assert.equal(audit.entries.length, 0);
});

test("two files dropped on the ingest page are read and found by search", async () => {
  await logInOnPage(page, viewer.base, "canbo");
  await page.goto(`${viewer.base}/#/nhap-lieu`);
  await page.locator("#drop-zone").waitFor();
  const files = ["thong-bao-dien-tu.pdf", "nghi-dinh-30-2020.tif"].map((name) => ({
    name,
    base64: readFileSync(path.join(scans, name)).toString("base64"),
  }));
  // A real drop event carrying real File objects, as the browser makes them when files are dragged in.
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const file of dropped) {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name));
    }
    const zone = document.getElementById("drop-zone");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  const clerk = await signIn(viewer.base, "canbo");
  const uploads = await uploadsRead(clerk, 1);
  assert.equal(uploads.length, 1);
  assert.deepEqual(uploads[0].files.sort(), ["nghi-dinh-30-2020.tif", "thong-bao-dien-tu.pdf"]);
  assert.equal(uploads[0].state, "done", JSON.stringify(uploads[0]));
  assert.equal(uploads[0].user, "canbo");
  await page.goto(`${viewer.base}/#/nhap-lieu`);
  await page.locator("#uploads-table td", { hasText: "xong" }).first().waitFor();
  await page.screenshot({ path: path.join(artifacts, "upload.png") });
  const found = await (await clerk.get(`/api/search?q=${encodeURIComponent("nghị định")}`)).json();
  assert.ok(found.hits.some((hit) => hit.source.includes("nghi-dinh-30-2020.tif")), JSON.stringify(found.hits.map((h) => h.source)));
  const audit = await (await (await signIn(viewer.base, "admin")).get("/api/audit?action=upload")).json();
  assert.equal(audit.entries.length, 1);
  assert.equal(audit.entries[0].username, "canbo");
});

test("a result picked on a dossier's page is filed under it and moves the electronic-result rate", async () => {
  const clerk = await signIn(viewer.base, "canbo");
  const before = (await (await clerk.get("/api/report?period=2025-Q2")).json()).rates.electronic_result;
  await page.goto(`${viewer.base}/#/ho-so/${encodeURIComponent(newDossier)}`);
  await page.locator("#upload-result").waitFor({ state: "attached" });
  await page.setInputFiles("#upload-result", path.join(scans, "to-khai/trang-1.jpg"));
  const uploads = await uploadsRead(clerk, 2);
  const mine = uploads.find((u) => u.dossier === newDossier);
  assert.ok(mine, JSON.stringify(uploads));
  assert.equal(mine.part, "result");
  assert.equal(mine.state, "done", JSON.stringify(mine));
  const dossier = await (await clerk.get(`/api/dossiers/${encodeURIComponent(newDossier)}`)).json();
  assert.ok(dossier.documents.some((d) => d.dossier_part === "result"));
  const afterwards = (await (await clerk.get("/api/report?period=2025-Q2")).json()).rates.electronic_result;
  assert.ok(afterwards.numerator > before.numerator, `${JSON.stringify(before)} -> ${JSON.stringify(afterwards)}`);
});
