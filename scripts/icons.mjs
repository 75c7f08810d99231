// `npm run icons`: every app icon from one source, assets/icon.svg. Each size is rendered
// from the vector itself (not scaled down from a big bitmap, which blurs the small ones):
//   assets/icons/NxN.png   Linux (electron-builder picks the sizes from the file names)
//   assets/icon.png        1024 px, the fallback every platform understands
//   assets/icon.ico        Windows (16 to 256 px)
//   assets/icon.icns       macOS (16 to 1024 px, with the @2x variants)
// Offline and without a system tool: resvg renders, @shockpkg/icon-encoder packs ICO and
// ICNS. The outputs are committed, so packaging never needs this script to run.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';

const root = path.resolve(import.meta.dirname, '..');
const assets = path.join(root, 'assets');

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [256, 128, 64, 48, 32, 24, 16];
// ICNS types by pixel size, in the order iconutil writes them. @2x types hold twice the
// pixels their point size says (ic11 is 16 pt at 32 px).
const ICNS_TYPES = [
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic04', 16],
  ['ic14', 512],
  ['ic09', 512],
  ['ic05', 32],
  ['ic10', 1024],
  ['ic11', 32],
];

export function renderIcon(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

export async function buildIcons(svg = fs.readFileSync(path.join(assets, 'icon.svg'))) {
  const pngs = new Map(ICON_SIZES.map((size) => [size, renderIcon(svg, size)]));
  const ico = new IconIco();
  for (const size of ICO_SIZES) await ico.addFromPng(pngs.get(size));
  const icns = new IconIcns();
  icns.toc = true;
  for (const [type, size] of ICNS_TYPES) await icns.addFromPng(pngs.get(size), [type]);
  return { pngs, ico: ico.encode(), icns: icns.encode() };
}

if (import.meta.filename === process.argv[1]) {
  const { pngs, ico, icns } = await buildIcons();
  fs.mkdirSync(path.join(assets, 'icons'), { recursive: true });
  for (const [size, png] of pngs) fs.writeFileSync(path.join(assets, 'icons', `${size}x${size}.png`), png);
  fs.writeFileSync(path.join(assets, 'icon.png'), pngs.get(1024));
  fs.writeFileSync(path.join(assets, 'icon.ico'), ico);
  fs.writeFileSync(path.join(assets, 'icon.icns'), icns);
  console.log(
    `Wrote assets/icons/{${ICON_SIZES.join(',')}} PNGs, assets/icon.png, assets/icon.ico and assets/icon.icns from assets/icon.svg`,
  );
}
