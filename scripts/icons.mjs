// Renders the app's PNG icons (for the web app manifest and home screens) from its SVG
// icons with Chromium. The PNGs are committed; run this again after changing an SVG:
//   node scripts/icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';

const pub = path.join(path.dirname(fileURLToPath(import.meta.url)), '../public');
const ICONS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  // Full-bleed background, artwork inside the middle 80 % that launchers keep.
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const browser = await launch();
const page = await browser.newPage();
for (const [svg, png, size] of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  const markup = fs.readFileSync(path.join(pub, svg), 'utf8');
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
  await page.screenshot({ path: path.join(pub, png), omitBackground: true });
  console.log(`${png}: ${size}×${size}`);
}
await browser.close();
