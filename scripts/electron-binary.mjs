// Where the Electron executable is, or null when it is not installed (this project is
// built where Electron's release host cannot be reached: ELECTRON_SKIP_BINARY_DOWNLOAD).
// Shared by `npm start` and the Electron smoke test, which both say so instead of failing.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron executable, or null. Not `require('electron')`: when the binary is missing,
 * the electron package's index.js tries to download it.
 */
export function electronBinary() {
  try {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
    const binary = path.join(distDir, relative);
    return relative && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
