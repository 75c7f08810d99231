// Native save and open dialogs, with stand-ins for Electron's dialog, session and download.
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  chooseBackup,
  type DialogApi,
  type DownloadLike,
  saveDialogOptionsFor,
  saveDownloadsThroughDialog,
  testSaveFolder,
} from '../../main/dialogs.ts';

const documents = path.resolve('/home/coach/Documents');

describe('save dialogs for what the page exports', () => {
  it.each([
    ['INV-0042.pdf', 'PDF document'],
    ['clients.csv', 'CSV spreadsheet'],
    ['cadence-workspace-2025-03-01.json', 'Cadence workspace file'],
  ])('offer %s in Documents with its filter', (fileName, filterName) => {
    const options = saveDialogOptionsFor(fileName, documents);
    expect(options.defaultPath).toBe(path.join(documents, fileName));
    expect(options.filters?.[0]?.name).toBe(filterName);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('use only the last segment of a name the page gives', () => {
    expect(saveDialogOptionsFor('../../.bashrc', documents).defaultPath).toBe(path.join(documents, '.bashrc'));
    expect(saveDialogOptionsFor('..\\..\\evil.pdf', documents).defaultPath).toBe(path.join(documents, 'evil.pdf'));
    expect(saveDialogOptionsFor('', documents).defaultPath).toBe(path.join(documents, 'Cadence export'));
  });

  it('apply to every download of the session', () => {
    let listener: ((event: unknown, item: DownloadLike) => void) | undefined;
    saveDownloadsThroughDialog({ on: (_event, handler) => (listener = handler) }, () => documents);
    let applied: SaveDialogOptions | undefined;
    const savedTo: string[] = [];
    listener!(
      {},
      {
        getFilename: () => 'Agreement v2.pdf',
        setSaveDialogOptions: (options) => (applied = options),
        setSavePath: (file) => savedTo.push(file),
      },
    );
    expect(applied?.defaultPath).toBe(path.join(documents, 'Agreement v2.pdf'));
    expect(applied?.filters?.[0]?.extensions).toEqual(['pdf']);
    expect(savedTo).toEqual([]);
  });

  it('save without a dialog only in the smoke test: unpackaged, CADENCE_E2E=1 and an absolute folder', () => {
    const folder = path.resolve('/tmp/cadence-smoke');
    expect(testSaveFolder({ CADENCE_E2E: '1', CADENCE_TEST_SAVE_DIR: folder }, false)).toBe(folder);
    expect(testSaveFolder({ CADENCE_E2E: '1', CADENCE_TEST_SAVE_DIR: folder }, true)).toBeNull(); // a packaged app never
    expect(testSaveFolder({ CADENCE_TEST_SAVE_DIR: folder }, false)).toBeNull();
    expect(testSaveFolder({ CADENCE_E2E: 'true', CADENCE_TEST_SAVE_DIR: folder }, false)).toBeNull();
    expect(testSaveFolder({ CADENCE_E2E: '1', CADENCE_TEST_SAVE_DIR: 'relative/folder' }, false)).toBeNull();
    expect(testSaveFolder({ CADENCE_E2E: '1' }, false)).toBeNull();

    let listener: ((event: unknown, item: DownloadLike) => void) | undefined;
    saveDownloadsThroughDialog({ on: (_event, handler) => (listener = handler) }, () => documents, folder);
    const savedTo: string[] = [];
    let dialog = false;
    listener!(
      {},
      {
        getFilename: () => '../../Agreement v2.pdf',
        setSaveDialogOptions: () => (dialog = true),
        setSavePath: (file) => savedTo.push(file),
      },
    );
    expect(savedTo).toEqual([path.join(folder, 'Agreement v2.pdf')]);
    expect(dialog).toBe(false);
  });
});

describe('choosing a backup', () => {
  const folder = path.resolve('/home/coach/.config/Cadence/backups');
  const dialogAnswering = (filePaths: string[]): DialogApi => ({
    showOpenDialog: async () => ({ canceled: filePaths.length === 0, filePaths }),
    showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
  });
  const window = {} as never;

  it('answers the name of a file in the backup folder', async () => {
    expect(await chooseBackup(dialogAnswering([path.join(folder, 'cadence-2025-03-01.db')]), window, folder)).toEqual({
      name: 'cadence-2025-03-01.db',
    });
  });

  it('answers where a file outside it came from (a subfolder counts as outside)', async () => {
    for (const file of [
      path.resolve('/tmp/cadence-2025-03-01.db'),
      path.join(folder, 'old', 'cadence-1.db'),
      path.join(folder, '..', 'cadence.db'),
    ]) {
      expect(await chooseBackup(dialogAnswering([file]), window, folder)).toEqual({ outside: file });
    }
  });

  it('answers null when cancelled', async () => {
    expect(await chooseBackup(dialogAnswering([]), window, folder)).toBeNull();
  });
});
