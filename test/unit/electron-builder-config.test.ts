// electron-builder.yml cannot be exercised here (packaging needs the Electron binary), so
// the file itself is held to what docs/security.md promises: the fuses, no rebuild of the
// native module, native files outside the asar, a target per platform, entitlements, and
// icons that exist at every size and are what scripts/icons.mjs renders from icon.svg.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
// @ts-expect-error -- a plain .mjs script without type declarations
import { buildIcons, ICON_SIZES } from '../../scripts/icons.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  npmRebuild: boolean;
  asar: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; maintainer: string };
  mac: { target: string; icon: string; hardenedRuntime: boolean; entitlements: string; entitlementsInherit: string };
  win: { target: string; icon: string };
}

const config = YAML.parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const inRepo = (file: string) => path.join(root, file);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder (its own schema check)', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // A key the schema does not know is refused, so the check above is a real one.
    await expect(
      validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, noSuchFuse: true } }, new DebugLogger(false)),
    ).rejects.toThrow(/electronFuses/);
  });

  it('names the app', () => {
    expect(config.appId).toBe('app.cadence.desktop');
    expect(config.productName).toBe('Cadence');
  });

  it('flips every fuse docs/security.md lists', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('never rebuilds the native module, keeps it outside the asar, and writes to release/', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.directories.output).toBe('release');
    // The built app and the assets the core reads at run time; no sources, no tests.
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/**', 'dist-electron/**', 'assets/fonts/**', 'assets/templates/**', 'package.json']),
    );
    expect(config.files.filter((pattern) => /^(src|test|main|renderer)\b/.test(pattern))).toEqual([]);
  });

  it('has a target per platform', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>$/); // deb refuses to build without an email
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
  });

  it('signs for macOS under the hardened runtime with the reviewed entitlements only', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
    const plist = fs.readFileSync(inRepo(config.mac.entitlements), 'utf8');
    const granted = [...plist.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.cs.disable-library-validation']);
  });
});

describe('icons', () => {
  it('exist for every platform at every size', () => {
    expect(fs.readFileSync(inRepo(config.mac.icon)).subarray(0, 4).toString('latin1')).toBe('icns');
    expect([...fs.readFileSync(inRepo(config.win.icon)).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const linuxIcons = fs.readdirSync(inRepo(config.linux.icon)).sort();
    expect(linuxIcons).toEqual((ICON_SIZES as number[]).map((size) => `${size}x${size}.png`).sort());
    for (const size of ICON_SIZES as number[]) {
      expect(pngSize(inRepo(path.join(config.linux.icon, `${size}x${size}.png`)))).toEqual([size, size]);
    }
    expect(pngSize(inRepo('assets/icon.png'))).toEqual([1024, 1024]);
  });

  it('are what npm run icons renders from assets/icon.svg (regenerate and commit after changing it)', async () => {
    const { pngs, ico, icns } = (await buildIcons()) as { pngs: Map<number, Buffer>; ico: Buffer; icns: Buffer };
    for (const [size, png] of pngs) {
      expect(Buffer.compare(png, fs.readFileSync(inRepo(`assets/icons/${size}x${size}.png`))), `${size}x${size}.png`).toBe(0);
    }
    expect(Buffer.compare(Buffer.from(ico), fs.readFileSync(inRepo('assets/icon.ico')))).toBe(0);
    expect(Buffer.compare(Buffer.from(icns), fs.readFileSync(inRepo('assets/icon.icns')))).toBe(0);
  });
});
