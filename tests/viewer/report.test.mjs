// The auditor's report as a day's work: it opens on the newest quarter with dossiers, picks
// quarters, half years and years that have data, survives anything typed; each rate's
// worklist pages through every dossier keeping it down, with the reason and a link to fix it;
// the workbook (.xlsx, CSV) from the page, the API and the CLI holds the same rows as the API,
// masked for an auditor. The store: the sample desk batch plus a generated year (fixture.mjs).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { artifacts, logInOnPage, openBrowser, signIn, sohoa, startViewer } from "./fixture.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);
let viewer, browser, page, clerk, auditor;

before(async () => {
  viewer = await startViewer({ year: { dossiers: 150, seed: 11 } });
  clerk = await signIn(viewer.base, "canbo");
  auditor = await signIn(viewer.base, "kiemtra");
  ({ browser, page } = await openBrowser({ acceptDownloads: true }));
  await logInOnPage(page, viewer.base, "canbo");
});
after(async () => {
  await browser?.close();
  await viewer?.stop();
});

const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const json = async (response) => {
  assert.equal(response.status, 200, await response.clone().text());
  return response.json();
};

// The newest receipt date in the registers the fixture imported, read from the files.
function newestQuarterOfTheRegisters() {
  let newest = "";
  for (const file of ["register.csv", "year/register.csv"]) {
    const lines = readFileSync(path.join(viewer.store, file), "utf8").trim().split("\n");
    const column = lines[0].replace(/^\uFEFF/, "").split(",").indexOf("NgayTiepNhan");
    for (const line of lines.slice(1)) {
      const cell = line.split(",")[column] || "";
      const iso = cell.match(/^(\d{4})-(\d{2})-(\d{2})/), vn = cell.match(/^(\d{2})\/(\d{2})\/(\d{4})/);
      const day = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : vn ? `${vn[3]}-${vn[2]}-${vn[1]}` : "";
      if (day > newest) newest = day;
    }
  }
  return { year: newest.slice(0, 4), quarter: Math.floor((Number(newest.slice(5, 7)) - 1) / 3) + 1 };
}

// Every row of a worklist through the API, page by page.
async function wholeWorklist(client, period, rate) {
  const rows = [];
  for (let offset = 0; ; ) {
    const found = await json(await client.get(`/api/report/shortfalls?period=${period}&rate=${rate}&offset=${offset}&limit=37`));
    rows.push(...found.rows);
    offset += found.rows.length;
    if (!found.rows.length || offset >= found.total) return { total: found.total, rows };
  }
}

function xlsxSheets(bytes) {
  const file = path.join(viewer.store, `export-${Date.now()}.xlsx`);
  writeFileSync(file, bytes);
  return JSON.parse(execFileSync("/usr/bin/python3", [path.join(here, "xlsx-sheets.py"), file], { encoding: "utf8" }));
}

const RATES = ["digitisation", "electronic_result", "reuse", "online", "on_time"];
const SHEETS = { digitisation: "Số hóa", electronic_result: "Kết quả điện tử", reuse: "Sử dụng lại", online: "Trực tuyến", on_time: "Đúng hạn" };

// The worklist rows of a sheet as the API writes them.
const asApiRow = (cells) => ({
  dossier_code: cells[0], reason: cells[1], procedure_code: cells[2] ?? "", applicant_name: cells[4] ?? null, applicant_id: cells[5] ?? null,
  received_at: cells[6] ?? null, due_at: cells[7] ?? null, finished_at: cells[8] ?? null, days_late: cells[9] ?? null,
});
const apiRow = (row) => ({
  dossier_code: row.dossier_code, reason: row.reason, procedure_code: row.procedure_code, applicant_name: row.applicant_name, applicant_id: row.applicant_id,
  received_at: row.received_at, due_at: row.due_at, finished_at: row.finished_at, days_late: row.days_late,
});

test("the report opens on the newest quarter with dossiers, and lists the periods that have some", async () => {
  const { year, quarter } = newestQuarterOfTheRegisters();
  await page.goto(`${viewer.base}/#/bao-cao`);
  await page.locator("h1", { hasText: `Quý ${quarter}/${year}` }).waitFor();
  assert.notEqual(await page.locator("#rate-digitisation .value").textContent(), "—");
  const options = await page.locator("#period-form select option").allTextContents();
  for (const name of [`Quý ${quarter}/${year}`, `6 tháng cuối năm ${year}`, `Năm ${year}`]) assert.ok(options.includes(name), `${name} not in ${options}`);
  assert.ok(!options.some((name) => name.includes("2026")), `a period without data is offered: ${options}`);
  await page.selectOption("#period-form select", { label: `Năm ${year}` });
  await page.locator("h1", { hasText: `Năm ${year}` }).waitFor();
  await shot("report-year");
});

test("anything typed as a period keeps the page and says what to type", async () => {
  const heading = await page.locator("h1").textContent();
  await page.fill("#period-form input[name=span]", "quý 3");
  await page.click("#period-form button[type=submit]");
  await page.locator("#period-error", { hasText: "không hợp lệ" }).waitFor();
  assert.equal(await page.locator("h1").textContent(), heading);
  assert.ok(await page.locator("#rate-reuse .value").isVisible());
  // The same from an address typed by hand: the report of the newest quarter, and the message.
  const { year: newestYear, quarter } = newestQuarterOfTheRegisters();
  await page.goto(`${viewer.base}/#/bao-cao?period=${encodeURIComponent("quý 3")}`);
  await page.locator("h1", { hasText: `Quý ${quarter}/${newestYear}` }).waitFor();
  await page.locator("#period-error", { hasText: "\"quý 3\" không hợp lệ" }).waitFor();
  assert.ok(await page.locator("#rate-reuse .value").isVisible());
  await shot("report-bad-period");
  // A period as people write it is read.
  await page.fill("#period-form input[name=span]", `quý 2 năm ${newestYear}`);
  await page.click("#period-form button[type=submit]");
  await page.locator("h1", { hasText: `Quý 2/${newestYear}` }).waitFor();
});

test("a worklist pages through every dossier keeping the rate down, each with its reason and a link to fix it", async () => {
  const { year } = newestQuarterOfTheRegisters();
  const report = await json(await clerk.get(`/api/report?period=${year}`));
  const expected = report.shortfalls.reuse;
  assert.ok(expected.length > 50, `only ${expected.length} dossiers short of reuse: no second page to test`);
  await page.goto(`${viewer.base}/#/bao-cao?period=${year}`);
  // The year's page drawn first: the quarter's page before it has a worklist card of its own.
  await page.locator("h1", { hasText: `Năm ${year}` }).waitFor();
  const card = page.locator("#worklist-reuse");
  await card.locator("summary").click();
  const seen = [];
  for (;;) {
    await card.locator("tbody tr").first().waitFor();
    const codes = await card.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.dataset.dossier));
    assert.ok(codes.length <= 50);
    seen.push(...codes);
    for (const reason of await card.locator("td.reason").allTextContents()) assert.equal(reason, "Chưa dùng lại giấy tờ đã số hóa");
    const next = card.locator("button.next");
    if (!(await next.count())) break;
    const first = codes[0];
    await next.click();
    await card.locator(`tbody tr[data-dossier="${first}"]`).waitFor({ state: "detached" });
  }
  assert.deepEqual(seen, expected);
  await shot("report-worklist");
  const late = await wholeWorklist(clerk, year, "on_time");
  assert.equal(late.total, report.shortfalls.on_time.length);
  for (const row of late.rows) assert.match(row.reason, /^(Trễ hạn \d+ ngày|Yêu cầu bổ sung \d+ lần)/);
  const open = card.locator("a.fix").first();
  const target = await open.getAttribute("href");
  await open.click();
  await page.locator("h1", { hasText: decodeURIComponent(target.replace("#/ho-so/", "")) }).waitFor();
  assert.ok(await page.locator(".upload-buttons").isVisible(), "the dossier page has no way to add what is missing");
});

test("the workbook holds the rates and each worklist as the API gives them: dates as dates, rates as percentages", async () => {
  const { year } = newestQuarterOfTheRegisters();
  await page.goto(`${viewer.base}/#/bao-cao?period=${year}`);
  await page.locator("h1", { hasText: `Năm ${year}` }).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("a.export[href*=xlsx]")]);
  assert.equal(download.suggestedFilename(), `bao-cao-${year}.xlsx`);
  const sheets = xlsxSheets(readFileSync(await download.path()));
  const report = await json(await clerk.get(`/api/report?period=${year}`));
  assert.deepEqual(Object.keys(sheets), ["Tỷ lệ", ...RATES.map((key) => `Chưa đạt - ${SHEETS[key]}`)]);
  const rates = sheets["Tỷ lệ"];
  assert.deepEqual(rates[0].slice(0, 3), ["Phạm vi", "Mã", "Tên"]);
  const overall = rates.find((row) => row[0] === "Cả kỳ" && row[3] === "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC");
  assert.equal(overall[4], report.rates.digitisation.numerator);
  assert.equal(overall[5], report.rates.digitisation.denominator);
  assert.ok(Math.abs(overall[6].percent * 100 - report.rates.digitisation.rate) < 1e-9);
  for (const rate of RATES) {
    const { rows } = await wholeWorklist(clerk, year, rate);
    const sheet = sheets[`Chưa đạt - ${SHEETS[rate]}`];
    assert.equal(sheet[0][0], "Mã hồ sơ");
    assert.deepEqual(sheet.slice(1).map(asApiRow), rows.map(apiRow), rate);
  }
  const csv = await clerk.get(`/api/report/export?format=csv&period=${year}`);
  assert.match(csv.headers.get("content-type"), /text\/csv/);
  const text = await csv.text();
  for (const code of report.shortfalls.on_time) assert.ok(text.includes(`\n${code},`), `${code} not in the CSV`);
});

test("the auditor's workbook masks the applicants' numbers, and the export is audited", async () => {
  const { year } = newestQuarterOfTheRegisters();
  const response = await auditor.get(`/api/report/export?format=xlsx&period=${year}`);
  assert.equal(response.status, 200);
  const sheets = xlsxSheets(Buffer.from(await response.arrayBuffer()));
  const numbers = sheets["Chưa đạt - Sử dụng lại"].slice(1).map((cells) => cells[5]).filter(Boolean);
  assert.ok(numbers.length > 0);
  for (const number of numbers) assert.match(number, /^\d{3}\*+\d{2}$/);
  const { rows } = await wholeWorklist(auditor, year, "reuse");
  assert.deepEqual(rows.map((row) => row.applicant_id).filter(Boolean), numbers);
  const csv = await (await auditor.get(`/api/report/export?format=csv&period=${year}`)).text();
  assert.doesNotMatch(csv, /,\d{12},/);
  const admin = await signIn(viewer.base, "admin");
  const log = await json(await admin.get("/api/audit?user=kiemtra&action=report"));
  assert.ok(log.entries.some((entry) => entry.detail === "export xlsx"), JSON.stringify(log.entries.slice(0, 3)));
});

test("the CLI writes the same workbook: sohoa report --format xlsx --output FILE", async () => {
  const { year } = newestQuarterOfTheRegisters();
  const file = path.join(viewer.store, "cli-report.xlsx");
  execFileSync(sohoa, ["report", "--store", viewer.store, "--period", year, "--format", "xlsx", "--output", file]);
  const sheets = xlsxSheets(readFileSync(file));
  for (const rate of RATES) {
    const { rows } = await wholeWorklist(clerk, year, rate);
    assert.deepEqual(sheets[`Chưa đạt - ${SHEETS[rate]}`].slice(1).map(asApiRow), rows.map(apiRow), rate);
  }
  const noFile = (() => {
    try {
      execFileSync(sohoa, ["report", "--store", viewer.store, "--format", "xlsx"], { stdio: "pipe" });
      return "";
    } catch (failure) {
      return failure.stderr.toString();
    }
  })();
  assert.match(noFile, /--output FILE/);
});
