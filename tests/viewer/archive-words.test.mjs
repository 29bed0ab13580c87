// What a browser's PDF reader (pdf.js, as Firefox and the viewer's users' browsers show an
// archive file) finds in the archive files: on every page the OCR's words, whole, in any order.
// The real `sohoa` ingests the sample desk batch; pdf.js's getTextContent reads the files.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";

import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

import { repo, sohoa } from "./fixture.mjs";

function run(args) {
  const result = spawnSync(sohoa, args, { encoding: "utf8", env: { ...process.env, OMP_THREAD_LIMIT: "1" } });
  if (result.status !== 0) throw new Error(`sohoa ${args.join(" ")} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
}

const wordsOf = (text) => text.split(/[\s\u00a0]+/u).filter((word) => word !== "");

// The words a reader gives of each page: pdf.js's text items apart, as its text layer shows
// them (each its own span; a new item where a line goes on left of the last at about its
// height), split at spaces.
async function readerPages(file) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; ++number) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(wordsOf(content.items.map((item) => item.str + (item.hasEOL ? "\n" : " ")).join("")));
  }
  await pdf.destroy();
  return pages;
}

// Words of `ocr` not in `found` and the other way round, each counted as often as it occurs.
function difference(ocr, found) {
  const balance = new Map();
  for (const word of ocr) balance.set(word, (balance.get(word) || 0) + 1);
  for (const word of found) balance.set(word, (balance.get(word) || 0) - 1);
  const missing = [], extra = [];
  for (const [word, count] of balance) {
    for (let i = 0; i < count; ++i) missing.push(word);
    for (let i = 0; i > count; --i) extra.push(word);
  }
  return { missing, extra };
}

test("pdf.js gives back every OCR word of every archive page whole", async (t) => {
  const store = mkdtempSync(path.join(tmpdir(), "sohoa-archive-words-"));
  t.after(() => rmSync(store, { recursive: true, force: true }));
  run(["ingest", "--store", store, "--jobs", "2", path.join(repo, "samples/dossiers/lo-ho-so.pdf")]);
  const documents = run(["export", "--store", store, "--jsonl"])
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))
    .filter((document) => document.archive_file);
  assert.ok(documents.length >= 5, `archive files: ${documents.length}`);
  let words = 0;
  for (const document of documents) {
    const pages = await readerPages(path.join(store, document.archive_file));
    assert.equal(pages.length, document.pages.length, document.archive_file);
    document.pages.forEach((page, index) => {
      const ocr = wordsOf(page.text);
      words += ocr.length;
      assert.deepEqual(difference(ocr, pages[index]), { missing: [], extra: [] },
                       `${document.archive_file}, page ${index + 1}`);
    });
  }
  assert.ok(words > 500, `OCR words: ${words}`);
});
