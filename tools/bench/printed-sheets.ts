/**
 * Printed sheets: each topic page printed to A4 by Chromium's print media (what a carer gets from "Print"), counted
 * from the PDF. The goal from the reading-comfort issue was to halve the 10 to 12 sheets the first pages took.
 */
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { allBuiltPages } from '../../src/lib/site/built-pages.ts';
import { parseTopicPath } from '../../src/lib/site/urls.ts';
import { serveDist } from '../serve.ts';

/** Pages in a PDF: its page objects (not the /Pages tree nodes). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export async function measurePrintedSheets(): Promise<string[]> {
  const server = await serveDist('dist', 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const rows: Array<[string, number]> = [];
  try {
    const page = await (await browser.newContext()).newPage();
    for (const path of allBuiltPages('dist').filter((p) => parseTopicPath(p))) {
      await page.goto(`${base}${path}`);
      await page.emulateMedia({ media: 'print' });
      rows.push([path, pdfPageCount(await page.pdf({ format: 'A4', printBackground: false }))]);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const counts = rows.map(([, n]) => n).sort((a, b) => a - b);
  const median = counts[Math.floor(counts.length / 2)] ?? 0;
  return [
    '| page | A4 sheets |',
    '| --- | ---: |',
    ...rows.map(([path, n]) => `| ${path} | ${n} |`),
    '',
    `Median ${median} sheets, most ${counts.at(-1) ?? 0}, over ${rows.length} topic pages.`,
  ];
}
