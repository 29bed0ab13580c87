#!/usr/bin/env node
// Prints the text pdf.js (a browser's PDF reader) extracts from a PDF, page by page, pages
// separated by form feeds as pdftotext does: text items apart, as pdf.js's text layer shows
// them (each its own span), a line break where an item ends a line. Uses pdfjs-dist from tests/viewer/node_modules (npm ci there).
//   node scripts/pdfjs-text.mjs FILE.pdf
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const pdfjs = path.join(here, "../tests/viewer/node_modules/pdfjs-dist/legacy/build/pdf.mjs");
const { getDocument } = await import(pathToFileURL(pdfjs).href);

const pdf = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; ++number) {
  const content = await (await pdf.getPage(number)).getTextContent();
  pages.push(content.items.map((item) => item.str + (item.hasEOL ? "\n" : " ")).join(""));
}
process.stdout.write(pages.join("\f") + "\f");
await pdf.destroy();
