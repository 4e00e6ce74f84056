import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto('http://127.0.0.1:18790/'); await p.screenshot({ path: '/tmp/dl/front.png', fullPage: false });
await p.goto('http://127.0.0.1:18790/article/5bb9cd2f7fa6a3c9741d07ba'); await p.screenshot({ path: '/tmp/dl/article2.png', fullPage: true });
await p.setViewportSize({ width: 390, height: 800 }); await p.emulateMedia({ colorScheme: 'dark' });
await p.goto('http://127.0.0.1:18790/article/5bb9cd2f7fa6a3c9741d07ba'); await p.screenshot({ path: '/tmp/dl/mobile.png', fullPage: false });
await b.close();
