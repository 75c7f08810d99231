// Builds the renderer and the main process once before the smoke test, only when there is
// an Electron binary to run them in.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
// @ts-expect-error -- a plain .mjs script without type declarations
import { electronBinary } from '../../scripts/electron-binary.mjs';

export default function build(): void {
  if (!electronBinary()) {
    console.log('Electron smoke test: skipped, the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD).');
    return;
  }
  const root = path.resolve(import.meta.dirname, '..', '..');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) throw new Error('npm run build failed; the smoke test needs the built app');
}
