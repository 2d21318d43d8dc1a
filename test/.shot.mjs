import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.mjs';
const [root, list] = [process.argv[2], JSON.parse(process.argv[3])];
const server = await startStaticServer({ root, base: '/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [path, sel, scheme, media] of list) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, colorScheme: scheme });
  await page.goto(server.url + path);
  if (media) await page.emulateMedia({ media });
  const el = sel ? await page.$(sel) : null;
  await (el ?? page).screenshot({ path: `/tmp/measure/${path.replace(/\W+/g, '_')}${scheme}${media ?? ''}.png`, fullPage: !el });
  await page.close();
}
await browser.close(); await server.close();
