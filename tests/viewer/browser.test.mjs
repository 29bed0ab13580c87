// The viewer in a real browser (Debian's chromium, driven by playwright-core), as a clerk
// uses it: log in, search, open the dossier, correct a field, mark a reuse, read the report.
// Screenshots of each page go to the test artifacts.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";

import { artifacts, newDossier, openBrowser, passwords, sampleDocuments, signIn, startViewer } from "./fixture.mjs";

let viewer, browser, page;
const declaration = sampleDocuments.find((d) => d.kind === "declaration");
const personName = declaration.fields.person_name; // "Đỗ Thị Thanh Lan", the deceased
const withoutMarks = personName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

before(async () => {
  viewer = await startViewer();
  ({ browser, page } = await openBrowser());
});
after(async () => {
  await browser?.close();
  await viewer?.stop();
});

const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });

async function reuseRateText() {
  await page.goto(`${viewer.base}/#/bao-cao?period=2025-Q2`);
  const rate = page.locator("#rate-reuse .value");
  await rate.waitFor();
  return rate.textContent();
}

test("a clerk logs in", async () => {
  await page.goto(`${viewer.base}/`);
  await page.fill("#username", "canbo");
  await page.fill("#password", passwords.canbo);
  await page.click("#login-form button[type=submit]");
  await page.locator("#who").filter({ hasText: "canbo" }).waitFor();
  assert.equal(await page.locator("#top").isVisible(), true);
});

test("searching a name typed without diacritics finds it", async () => {
  await page.fill("#search-form input[name=q]", withoutMarks);
  await page.press("#search-form input[name=q]", "Enter");
  await page.locator("#results .hit").first().waitFor();
  const marked = await page.locator("#results .hit mark").allTextContents();
  const words = personName.split(" ");
  for (const word of words) assert.ok(marked.includes(word), `"${word}" not marked in ${marked}`);
  await shot("search");
});

test("opening the dossier shows the page with the hit outlined", async () => {
  await page.locator("#results .hit a.title").first().click();
  await page.locator("h1", { hasText: declaration.dossier_code }).waitFor();
  await page.locator(".page-view rect.hit-box").first().waitFor({ state: "attached" });
  const image = page.locator(".page-view img").first();
  await image.waitFor();
  assert.ok(await image.evaluate((img) => img.complete && img.naturalWidth > 500), "the page image did not load");
  assert.ok((await page.locator(".page-view rect.hit-box").count()) >= 3);
  assert.ok((await page.locator(".page-view rect.field-box").count()) >= 3);
  await shot("dossier");
});

test("correcting a field stores it and search finds the new value", async () => {
  const corrected = "Đỗ Thị Thanh Phượng";
  const section = page.locator(".side .card", { hasText: declaration.type_label });
  const row = section.locator("tr.field-row", { hasText: personName }).first();
  await row.click();
  await page.locator("#field-editor").waitFor();
  await page.fill("#field-value", corrected);
  await page.click("#field-form button[type=submit]");
  await page.locator(".side tr.field-row", { hasText: corrected }).first().waitFor();
  assert.ok(await page.locator(".side tr.field-row", { hasText: "đã sửa bởi canbo" }).count());
  await shot("field-corrected");

  await page.goto(`${viewer.base}/#/tim-kiem?q=${encodeURIComponent("thanh phuong")}`);
  await page.locator("#results .hit").first().waitFor();
  const hits = await page.locator("#results .hit").allTextContents();
  assert.ok(hits.some((hit) => hit.includes(corrected) && hit.includes(declaration.dossier_code)), hits.join("\n"));
});

test("a reuse shows both citizens and the procedure, is confirmed, and moves the reuse rate", async () => {
  const before = await reuseRateText();
  await shot("report-before-reuse");
  await page.goto(`${viewer.base}/#/ho-so/${declaration.dossier_code}`);
  // Receipts belong to their own dossier: no reuse form on them.
  await page.locator("section.document").first().waitFor();
  const receiptCard = page.locator("section.document", { hasText: "GIẤY TIẾP NHẬN" });
  assert.ok(await receiptCard.count());
  assert.equal(await receiptCard.locator(".reuse-form").count(), 0, "a receipt offers reuse");
  const card = page.locator("section.document", { hasText: declaration.type_label });
  await card.locator(".reuse-form input").fill(newDossier);
  await card.locator(".reuse-form button").click();
  const confirm = card.locator(".reuse-confirm");
  await confirm.waitFor();
  const shown = await confirm.textContent();
  // The document's citizen (masked CCCD, name) and the dossier's applicant and procedure.
  assert.match(shown, /Đỗ Thị Thanh Phượng/); // the name as corrected above
  assert.match(shown, /093\*{7}88/);
  assert.match(shown, /Hồ Thanh Phúc/);
  assert.match(shown, /khai tử/i);
  assert.doesNotMatch(shown, /093080274288/);
  assert.equal(await confirm.locator("#reuse-warning").count(), 0, "the same citizen is warned about");
  await shot("reuse-confirm");
  assert.equal(await reuseRateText(), before, "the reuse counted before it was confirmed");
  await page.goto(`${viewer.base}/#/ho-so/${declaration.dossier_code}`);
  await card.locator(".reuse-form input").fill(newDossier);
  await card.locator(".reuse-form button").click();
  await card.locator(".reuse-confirm button[type=submit]").click();
  await page.locator("#toast", { hasText: newDossier }).waitFor();
  const afterReuse = await reuseRateText();
  // Three dossiers received in 2025-Q2, one of them now reusing a digitised document.
  // Written as the plan writes rates: a decimal comma, the sign kept with its number.
  assert.equal(before.trim(), "0,00\u00a0%");
  assert.equal(afterReuse.trim(), "33,33\u00a0%");
  await page.locator(".chart").first().waitFor();
  await shot("report");
});

test("another citizen's document is warned about and needs the clerk's confirmation", async () => {
  const marriage = sampleDocuments.find((d) => d.kind === "result" && d.type_label === "GIẤY CHỨNG NHẬN KẾT HÔN");
  await page.goto(`${viewer.base}/#/ho-so/${marriage.dossier_code}`);
  const card = page.locator("section.document", { hasText: marriage.type_label });
  await card.locator(".reuse-form input").fill(newDossier);
  await card.locator(".reuse-form button").click();
  await card.locator("#reuse-warning", { hasText: "hai công dân khác nhau" }).waitFor();
  await shot("reuse-warning");
  const agree = card.locator(".reuse-confirm input[type=checkbox]");
  assert.equal(await card.locator(".reuse-confirm").evaluate((form) => form.checkValidity()), false, "confirmed without ticking the box");
  await agree.check();
  assert.equal(await card.locator(".reuse-confirm").evaluate((form) => form.checkValidity()), true);
  await card.locator(".reuse-confirm button", { hasText: "Thôi" }).click();
  assert.equal(await card.locator(".reuse-confirm").count(), 0);
  // Through the API, unconfirmed: refused in Vietnamese; nothing recorded.
  const clerk = await signIn(viewer.base, "canbo");
  const dossier = await (await clerk.get(`/api/dossiers/${marriage.dossier_code}`)).json();
  const id = dossier.documents.find((d) => d.type_label === marriage.type_label).document_id;
  const refused = await clerk.post("/api/reuse", { dossier_code: newDossier, document_id: id });
  assert.equal(refused.status, 409);
  assert.match((await refused.json()).error, /công dân khác/);
  // A dossier not in the register: said in Vietnamese, with no command to type.
  const unknown = await clerk.get(`/api/reuse/check?dossier_code=000.14.22.H08-250101-9999&document_id=${id}`);
  assert.equal(unknown.status, 404);
  const message = (await unknown.json()).error;
  assert.match(message, /chưa có trong sổ theo dõi/);
  assert.doesNotMatch(message, /sohoa|register|import/);
});

test("a reuse is undone with a reason: it leaves the rate, and the reason stays in the audit log", async () => {
  await page.goto(`${viewer.base}/#/ho-so/${newDossier}`);
  const entry = page.locator(`[data-document]`).first();
  await entry.waitFor();
  await entry.locator("button.undo-reuse").click();
  const form = entry.locator(".undo-reuse-form");
  assert.equal(await form.evaluate((f) => f.checkValidity()), false, "undone without a reason");
  await form.locator("input[name=reason]").fill("Nhầm hồ sơ: giấy tờ của người khác");
  await form.locator("button[type=submit]").click();
  await page.locator("#toast", { hasText: "Đã hủy dùng lại" }).waitFor();
  assert.equal((await reuseRateText()).trim(), "0,00\u00a0%");
  const admin = await signIn(viewer.base, "admin");
  const log = await (await admin.get("/api/audit?user=canbo&action=reuse_undo")).json();
  assert.equal(log.entries.length, 1);
  assert.match(log.entries[0].detail, /lý do: Nhầm hồ sơ: giấy tờ của người khác/);
  assert.equal(log.entries[0].target, `dossier:${newDossier}`);
});

test("the clerk logs out and the pages ask for a login again", async () => {
  await page.click("#logout");
  await page.locator("#login-form").waitFor();
  await page.goto(`${viewer.base}/#/bao-cao`);
  await page.locator("#login-form").waitFor();
});

test("the ingest page shows the batch with its pages, and an admin reads the clerk's corrections and reuse in the audit log", async () => {
  await page.goto(`${viewer.base}/`);
  await page.fill("#username", "admin");
  await page.fill("#password", passwords.admin);
  await page.click("#login-form button[type=submit]");
  await page.locator("#who").filter({ hasText: "admin" }).waitFor();
  await page.goto(`${viewer.base}/#/nhap-lieu`);
  const row = page.locator("tr", { hasText: "lo-ho-so.pdf" });
  await row.waitFor();
  assert.match(await row.textContent(), /8 \/ 8/);
  await shot("ingest");
  await page.goto(`${viewer.base}/#/nhat-ky?user=canbo`);
  await page.locator("#audit-table tbody tr").first().waitFor();
  const actions = await page.locator("#audit-table tbody tr td:nth-child(3)").allTextContents();
  for (const action of ["đăng nhập", "tìm kiếm", "xem", "sửa giá trị", "dùng lại giấy tờ", "hủy dùng lại", "xem báo cáo", "đăng xuất"])
    assert.ok(actions.includes(action), `no ${action} among ${[...new Set(actions)]}`);
  // Vietnam's time as dd/mm/yyyy hh:mm:ss, and targets in words: no "2026-…Z", no "dossier:".
  const when = await page.locator("#audit-table tbody tr td:nth-child(1)").allTextContents();
  assert.ok(when.every((cell) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/.test(cell)), when.join("; "));
  const loggedAt = (await (await page.request.get(`${viewer.base}/api/audit?user=canbo`)).json()).entries[0].at;
  const hanoi = new Date(Date.parse(loggedAt) + 7 * 3600 * 1000).toISOString();
  assert.equal(when[0], `${hanoi.slice(8, 10)}/${hanoi.slice(5, 7)}/${hanoi.slice(0, 4)} ${hanoi.slice(11, 19)}`);
  const targets = await page.locator("#audit-table tbody tr td:nth-child(4)").allTextContents();
  assert.ok(targets.some((target) => target.startsWith("hồ sơ ")) && !targets.some((target) => /^(page|dossier|document):/.test(target)), targets.join("; "));
  await shot("audit");
});

test("the users page has no default role, a password reset keeps the role, and a disabled user is signed out", async () => {
  await page.goto(`${viewer.base}/#/nguoi-dung`);
  const form = page.locator("#user-form");
  await form.waitFor();
  assert.equal(await form.locator("select[name=role]").inputValue(), "", "a role is chosen before the admin chooses one");
  await form.locator("input[name=username]").fill("canbo4");
  await form.locator("input[name=password]").fill("mot-cua-2026");
  assert.equal(await form.evaluate((f) => f.checkValidity()), false, "the form can be sent without a role");
  await form.locator("select[name=role]").selectOption("clerk");
  await form.locator("button[type=submit]").click();
  const row = page.locator("tr[data-user=canbo4]");
  await row.waitFor();
  assert.equal(await row.locator("td.role").textContent(), "Cán bộ một cửa");
  await shot("users");

  passwords.canbo4 = "mot-cua-2026";
  const session = await signIn(viewer.base, "canbo4");
  await row.locator(".password-form input[name=password]").fill("mot-cua-2027");
  await row.locator(".password-form button").click();
  await page.locator("#toast", { hasText: "Đã đặt lại mật khẩu của canbo4" }).waitFor();
  await page.locator("tr[data-user=canbo4] td.role", { hasText: "Cán bộ một cửa" }).waitFor();
  assert.equal((await session.get("/api/me")).status, 401, "the old session lives on after a password reset");

  passwords.canbo4 = "mot-cua-2027";
  const again = await signIn(viewer.base, "canbo4");
  await page.locator("tr[data-user=canbo4] button.disable-user").click();
  await page.locator("tr[data-user=canbo4] td.state", { hasText: "khóa" }).waitFor();
  assert.equal((await again.get("/api/me")).status, 401, "a disabled user's session lives on");
  await shot("users-disabled");
});
