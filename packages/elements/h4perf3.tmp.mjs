import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from '/work/main/scripts/find-browser.mjs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const server = createServer((req, res) => { const f = req.url === '/' ? 'index.html' : req.url.slice(1); res.setHeader('content-type', f.endsWith('.js') ? 'text/javascript' : 'text/html'); try { res.end(readFileSync('/tmp/h4perf/' + f)); } catch { res.statusCode = 404; res.end(); } }).listen(0);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs });
const res = { plain: [], model: [], nocq: [] };
for (let i = 0; i < 9; i++) for (const kind of Object.keys(res)) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  await page.goto(`http://localhost:${port}/`); await page.waitForFunction(() => window.run);
  res[kind].push((await page.evaluate((k) => window.run(k), kind)).render); await ctx.close();
}
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
const m = Object.fromEntries(Object.entries(res).map(([k, v]) => [k, +med(v).toFixed(1)]));
console.log(m, 'model/plain', (m.model / m.plain).toFixed(2), 'model/bare', (m.model / m.bare).toFixed(2));
await browser.close(); server.close();
