// `npm start`: build, then run the desktop app. Where the Electron binary could not be
// installed (ELECTRON_SKIP_BINARY_DOWNLOAD, no access to its release host), say so in one
// line and point to the browser host instead of failing somewhere deep in a build.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');

const binary = electronBinary();
if (!binary) {
  console.error(
    'Cadence: the Electron binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD?). Run "npm run serve" to use Cadence in your browser instead.',
  );
  process.exit(1);
}

// npm is a .cmd on Windows, which Node only spawns through a shell.
const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);

// Inherited ELECTRON_RUN_AS_NODE would start Electron as plain Node, without a window.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Cadence: could not start Electron: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
