// Before/after pictures of the design pass (issue 27): one picture per element and state, the
// before set on the left and the after set on the right, both made by scripts/gallery.mjs.
//   node scripts/before-after.mjs <before-dir> <after-dir> <out-dir>
// Keeps the 390 px light and 1280 px dark pictures (the 1280 ones at half scale); JPEG, quality 70.
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './find-chrome.mjs';
import { readFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
const [beforeDir, afterDir, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const b = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const keep = /-(390-light|1280-dark)\.(png|jpg)$/;
for (const name of readdirSync(afterDir).filter((n) => keep.test(n))) {
  const src = (dir) => existsSync(`${dir}/${name}`) ? `data:image/${name.endsWith('jpg') ? 'jpeg' : 'png'};base64,${readFileSync(`${dir}/${name}`).toString('base64')}` : '';
  const wide = name.includes('-1280-');
  const p = await b.newPage({ viewport: { width: wide ? 1330 : 860, height: 600 } });
  const cell = (label, s) => `<figure style="margin:0;flex:1"><figcaption style="font:600 20px system-ui;padding:8px">${label}</figcaption>${s ? `<img src="${s}" style="max-width:100%">` : '<p>(no picture)</p>'}</figure>`;
  await p.setContent(`<body style="margin:0;background:#888;${wide ? 'zoom:0.5' : ''}"><div style="display:flex;gap:20px;align-items:start;padding:10px;${name.startsWith('profession-page') ? 'max-height:3200px;overflow:hidden' : ''}">${cell('before', src(beforeDir))}${cell('after', src(afterDir))}</div></body>`);
  await p.waitForTimeout(200);
  const page = name.startsWith('profession-page');
  await p.screenshot({ path: `${out}/${name.replace(/\.(png|jpg)$/, '.jpg')}`, fullPage: true, type: 'jpeg', quality: 70 });
  await p.close();
}
await b.close();
