// A real store for the viewer's tests: the sample desk batch ingested by the real `sohoa`,
// a register naming its dossiers and one new dossier, users of each role, and a running
// `sohoa-viewer` on a free port of 127.0.0.1.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "../..");
const buildDir = process.env.SOHOA_BUILD_DIR || path.join(repo, "build");
export const sohoa = path.join(buildDir, "pipeline/sohoa");
const viewerBinary = path.join(buildDir, "viewer/sohoa-viewer");
export const artifacts = process.env.SOHOA_TEST_ARTIFACTS || path.join(buildDir, "test-artifacts/viewer");

export const truth = JSON.parse(readFileSync(path.join(repo, "samples/dossiers/truth.json"), "utf8"));
export const sampleDocuments = truth.batches[0].documents;
// A dossier received after the sample batch, with nothing scanned: what a clerk would
// complete by reusing an already digitised document.
export const newDossier = "000.14.22.H08-250620-0001";
export const passwords = { admin: "quan-tri-2025", canbo: "mot-cua-2025", kiemtra: "kiem-tra-2025" };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, OMP_THREAD_LIMIT: "1" }, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
}

function registerCsv() {
  const header =
    "MaHoSo,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThai,SoLanYeuCauBoSung,NgayYeuCauBoSung,NgayHoanThanhBoSung,ChuHoSoSoDinhDanh,ChuHoSoHoTen,HoSoCoThanhPhanSoHoa";
  const rows = [];
  for (const document of sampleDocuments.filter((d) => d.kind === "receipt")) {
    const code = document.dossier_code;
    const day = `20${code.slice(-11, -9)}-${code.slice(-9, -7)}-${code.slice(-7, -5)}`;
    rows.push(`${code},${document.fields.procedure_code},1,${day} 08:00,${day} 17:00,${day} 16:00,da_tra_ket_qua,0,,,${document.fields.citizen_ids[0]},${document.fields.person_name},0`);
  }
  rows.push(`${newDossier},1.000656,1,2025-06-20 08:00,2025-06-23 17:00,,dang_xu_ly,0,,,093080274288,Hồ Thanh Phúc,0`);
  return [header, ...rows].join("\n") + "\n";
}

// Ingests the samples into a new store and starts a viewer on it. With `year`, a generated
// year of the desk (scripts/make-register.py: born-digital pages, no OCR) is added, register
// and documents: hundreds of records to page through.
// `env` adds to the viewer's environment (and so its children's: SANE_CONFIG_DIR for a test scanner).
// The sanitizer build runs a search several times slower than the 1.5 s budget allows for: a suite
// about what a search finds (not how fast) starts its viewer with this in `env`.
export const sanitizerSearchBudget = buildDir.includes("asan") ? { SOHOA_SEARCH_BUDGET_MS: "20000" } : {};

export async function startViewer({ year, env = {} } = {}) {
  const store = mkdtempSync(path.join(tmpdir(), "sohoa-viewer-test-"));
  run(sohoa, ["ingest", "--store", store, "--jobs", "2", path.join(repo, "samples/dossiers/lo-ho-so.pdf")]);
  writeFileSync(path.join(store, "register.csv"), registerCsv());
  run(sohoa, ["register", "import", "--store", store, path.join(store, "register.csv")]);
  if (year) {
    const folder = path.join(store, "year");
    run("/usr/bin/python3", [path.join(repo, "scripts/make-register.py"), "--out", folder, "--dossiers", String(year.dossiers), "--seed", String(year.seed)]);
    run(sohoa, ["ingest", "--store", store, "--jobs", "2", path.join(folder, "documents")]);
    run(sohoa, ["register", "import", "--store", store, path.join(folder, "register.csv")]);
  }
  for (const [name, role] of [["admin", "admin"], ["canbo", "clerk"], ["kiemtra", "auditor"]])
    run(viewerBinary, ["--store", store, "--add-user", name, "--role", role], { input: `${passwords[name]}\n` });

  // SANE's test backend stops its reader thread with pthread_cancel, which can leave the sanitizer's
  // allocator locked by a thread that is gone: `sohoa scan`'s leak check at exit then waits forever.
  // A viewer given a test scanner runs its children without that check (ScanTest.cpp does the same).
  const scanner = env.SANE_CONFIG_DIR
    ? { ASAN_OPTIONS: [process.env.ASAN_OPTIONS, "detect_leaks=0"].filter(Boolean).join(":") }
    : {};
  const child = spawn(viewerBinary, ["--store", store, "--listen", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env, ...scanner } });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const base = await new Promise((resolve, reject) => {
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const found = stdout.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (found) resolve(found[1]);
    });
    child.on("exit", (code) => reject(new Error(`sohoa-viewer exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`sohoa-viewer did not start: ${stderr}`)), 20000);
  });
  mkdirSync(artifacts, { recursive: true });
  return {
    base,
    store,
    // The store goes with the viewer (SOHOA_KEEP_TEST_STORES=1 keeps it to look into).
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      if (!process.env.SOHOA_KEEP_TEST_STORES) rmSync(store, { recursive: true, force: true });
    },
  };
}

// A signed-in HTTP client: keeps the session cookie, sends the CSRF token on POST.
export async function signIn(base, username) {
  const response = await fetch(`${base}/api/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password: passwords[username] }),
  });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status}`);
  const cookie = response.headers.get("set-cookie").split(";")[0];
  const { csrf_token: csrf } = await response.json();
  const call = (method) => (route, body, headers = {}) =>
    fetch(`${base}${route}`, {
      method,
      headers: { Cookie: cookie, ...(method !== "GET" ? { "Content-Type": "application/json", "X-CSRF-Token": csrf } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { cookie, csrf, setCookie: response.headers.get("set-cookie"), get: call("GET"), post: call("POST"), delete: call("DELETE") };
}

// Logs a browser page in as `username` through the login form, as a person does.
export async function logInOnPage(page, base, username) {
  await page.goto(`${base}/`);
  await page.fill("#username", username);
  await page.fill("#password", passwords[username]);
  await page.click("#login-form button[type=submit]");
  await page.locator("#who").filter({ hasText: username }).waitFor();
}

// Debian's chromium (or $SOHOA_CHROMIUM) with one page at a desk's size, in Vietnamese; the
// page's script errors are printed.
export async function openBrowser(pageOptions = {}) {
  const browser = await chromium.launch({ executablePath: process.env.SOHOA_CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "vi-VN", ...pageOptions });
  page.on("pageerror", (error) => console.error("page error:", error.message));
  return { browser, page };
}
