import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from '/work/main/scripts/find-browser.mjs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const server = createServer((req, res) => { const f = req.url === '/' ? 'index.html' : req.url.slice(1); res.setHeader('content-type', f.endsWith('.js') ? 'text/javascript' : 'text/html'); try { res.end(readFileSync('/tmp/h4perf/' + f)); } catch { res.statusCode = 404; res.end(); } }).listen(0);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs });
const ctx = await browser.newContext(); const page = await ctx.newPage();
await page.goto(`http://localhost:${port}/`); await page.waitForFunction(() => window.run);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
console.log(await page.evaluate(() => window.run('model')));
const { profile: p } = await cdp.send('Profiler.stop');
const self = {}; const idx = {}; p.nodes.forEach((n) => (idx[n.id] = n));
const parent = {}; p.nodes.forEach((n) => (n.children || []).forEach((c) => (parent[c] = n.id)));
p.samples.forEach((s, i) => { const n = idx[s]; let k = n.callFrame.functionName || '(anon)'; if (k === '(program)' || k === 'getBoundingClientRect') {} else k += ':' + n.callFrame.lineNumber; self[k] = (self[k] || 0) + (p.timeDeltas[i] || 0); });
console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => k + ' ' + (v / 1000).toFixed(1)).join('\n'));
// inclusive time of top-level functions
await browser.close(); server.close();
