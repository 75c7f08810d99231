// Bundles the desktop host for Electron: the main process as ES modules (package.json says
// "type": "module", which Electron 45 loads natively) and the preload as CommonJS, the only
// form a sandboxed preload can run. Only our own TypeScript is bundled; npm packages stay
// external and load from node_modules (better-sqlite3 is native, pdfkit reads data files
// next to its sources, and electron-builder packs the production dependencies anyway).
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist-electron');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

// esbuild has already printed what went wrong; the stack trace would add nothing.
const fail = () => process.exit(1);

await build({
  ...common,
  entryPoints: ['main/electron.ts'],
  outfile: path.join(outdir, 'electron.js'),
  format: 'esm',
  packages: 'external',
  external: ['electron'],
}).catch(fail);

await build({
  ...common,
  entryPoints: ['main/preload.ts'],
  outfile: path.join(outdir, 'preload.cjs'),
  format: 'cjs',
  // A sandboxed preload can require 'electron' and nothing else; bundling everything
  // else in (there is nothing else today) keeps it that way.
  external: ['electron'],
}).catch(fail);

console.log('Built dist-electron/electron.js and dist-electron/preload.cjs');
