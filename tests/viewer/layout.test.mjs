// The viewer as the desk sees it: on an office screen, a tablet and a phone, in Vietnamese
// throughout (the browser's own messages too), with the document's page numbers and nothing
// overlapping. Screenshots go to the test artifacts.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";

import { chromium } from "playwright-core";

import { artifacts, passwords, sampleDocuments, startViewer } from "./fixture.mjs";

const chromiumPath = process.env.SOHOA_CHROMIUM || "/usr/bin/chromium";
let viewer, browser;
const receipt = sampleDocuments.find((d) => d.kind === "receipt");

before(async () => {
  viewer = await startViewer();
  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
});
after(async () => {
  await browser?.close();
  await viewer?.stop();
});

// A signed-in page of the given width ("en-US": the browser's own language is not the page's).
async function pageAt(width, height, locale = "en-US") {
  const page = await browser.newPage({ viewport: { width, height }, locale });
  page.on("pageerror", (error) => console.error("page error:", error.message));
  await page.goto(`${viewer.base}/`);
  await page.fill("#username", "canbo");
  await page.fill("#password", passwords.canbo);
  await page.click("#login-form button[type=submit]");
  await page.locator("#who").filter({ hasText: "canbo" }).waitFor();
  return page;
}

const shot = (page, name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const boxesOverlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test("the login page shows no navigation, and an empty box is asked for in Vietnamese", async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "en-US" });
  await page.goto(`${viewer.base}/`);
  await page.locator("#login-form").waitFor();
  assert.equal(await page.locator("header#top").isVisible(), false, "the header shows before a login");
  assert.equal(await page.locator("#logout").isVisible(), false);
  await page.click("#login-form button[type=submit]");
  const message = await page.locator("#username").evaluate((input) => input.validationMessage);
  assert.equal(message, "Xin điền ô này.");
  await page.fill("#username", "canbo");
  assert.equal(await page.locator("#username").evaluate((input) => input.validationMessage), "");
  await page.close();
});

for (const [width, height, name] of [[390, 844, "phone"], [820, 1180, "tablet"]]) {
  test(`at ${width} px (${name}) a dossier reads in one column: pages shown, no sideways scroll, nothing overlapping`, async () => {
    const page = await pageAt(width, height);
    await page.goto(`${viewer.base}/#/ho-so/${receipt.dossier_code}`);
    const image = page.locator(".page-view img").first();
    await image.waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll(".page-view img")].slice(0, 1).every((img) => img.complete && img.naturalWidth > 0));
    const imageBox = await image.boundingBox();
    assert.ok(imageBox.width > width * 0.8, `the page image is ${imageBox.width} px wide`);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `the page scrolls sideways: ${scroll} px wide`);
    const side = await page.locator("aside.side").boundingBox();
    for (const figure of await page.locator(".page-view").all())
      assert.ok(!boxesOverlap(side, await figure.boundingBox()), "the field panel covers a page");
    await shot(page, `layout-${name}-dossier`);
    await page.goto(`${viewer.base}/#/bao-cao?period=2025-Q2`);
    await page.locator("#rate-reuse .value").waitFor();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, "the report scrolls sideways");
    await shot(page, `layout-${name}-report`);
    await page.close();
  });
}

test("the field panel gives the document's page, no pixel box, and says how the value was read in Vietnamese", async () => {
  const page = await pageAt(1366, 768);
  await page.goto(`${viewer.base}/#/ho-so/${receipt.dossier_code}`);
  const row = page.locator("tr.field-row", { hasText: "Mã hồ sơ" }).first();
  await row.click();
  const where = await page.locator("#field-editor p.muted").first().textContent();
  assert.match(where, /^Đọc ở trang 1(\/\d+)? của văn bản, độ tin cậy \d+\u00a0%, cách đọc: (theo|từ) /);
  assert.doesNotMatch(where, /khung|\[|layout|label|pattern|qr/);
  const captions = await page.locator(".page-caption").allTextContents();
  assert.ok(captions[0].startsWith("Trang 1"), captions[0]);
  const facts = await page.locator("main > p").first().textContent();
  assert.match(facts, /nhận \d{2}\/\d{2}\/\d{4}/, facts);
  assert.doesNotMatch(facts, /\d{4}-\d{2}-\d{2}/, facts);
  // A day is shown and corrected as dd/mm/yyyy; the API keeps ISO.
  const dateRow = page.locator("section.card, div.card").filter({ has: page.locator("h2", { hasText: receipt.type_label }) })
    .locator("tr.field-row", { hasText: "Ngày ban hành" }).first();
  const [isoYear, isoMonth, isoDay] = receipt.fields.issued_date.split("-");
  assert.equal((await dateRow.locator("td").nth(1).textContent()).trim(), `${isoDay}/${isoMonth}/${isoYear}`);
  await dateRow.click();
  assert.equal(await page.inputValue("#field-value"), `${isoDay}/${isoMonth}/${isoYear}`);
  await page.fill("#field-value", "07/06/2025");
  await page.click("#field-form button[type=submit]");
  await page.locator("#toast", { hasText: "Đã lưu giá trị mới" }).waitFor();
  await page.locator("tr.field-row", { hasText: "07/06/2025" }).first().waitFor();
  const stored = await (await page.request.get(`${viewer.base}/api/dossiers/${receipt.dossier_code}`)).json();
  const receiptFields = stored.documents.find((d) => d.kind === "receipt").fields;
  assert.equal(receiptFields.find((f) => f.name === "issued_date").value, "2025-06-07");
  await page.close();
});

test("on the office screen the search hint is read whole, a percentage never wraps alone, and the target line crosses no label", async () => {
  const page = await pageAt(1366, 768);
  await page.goto(`${viewer.base}/#/tim-kiem`);
  // Measured once the box is drawn and in the page (a render may be replacing it).
  const measured = await page.waitForFunction(() => {
    const input = document.querySelector("#search-form input[name=q]");
    if (!input || !input.isConnected || !input.clientWidth) return null;
    const style = getComputedStyle(input);
    const context = document.createElement("canvas").getContext("2d");
    context.font = `${style.fontSize} ${style.fontFamily}`;
    return [context.measureText(input.placeholder).width, input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
  });
  const [hint, room] = await measured.jsonValue();
  assert.ok(hint <= room, `the hint needs ${hint} px, the box has ${room}`);
  await page.goto(`${viewer.base}/#/bao-cao?period=2025-Q2`);
  await page.locator(".chart").first().waitFor();
  const wrapped = await page.locator("td.num").evaluateAll((cells) =>
    cells.filter((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
    }).map((cell) => cell.textContent));
  assert.deepEqual(wrapped, [], "a rate breaks over two lines");
  const crossings = await page.locator(".chart").evaluateAll((charts) =>
    charts.flatMap((chart) => {
      const line = chart.querySelector("line.target").getBoundingClientRect();
      return [...chart.querySelectorAll("text")]
        .filter((text) => !text.textContent.startsWith("mục tiêu"))
        .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
        .filter(({ box }) => box.left < line.left && line.left < box.right && box.top < line.bottom && line.top < box.bottom)
        .map(({ text }) => text);
    }));
  assert.deepEqual(crossings, [], "the target line crosses these labels");
  await shot(page, "layout-report-office");
  await page.close();
});
