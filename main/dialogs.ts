// Native dialogs, the few the desktop shell needs: where to save a PDF, CSV or workspace
// file the page exports, which backup to restore, and yes/no and "done" messages. The
// Electron objects are passed in (structural types), so each is tested with a stand-in.
import path from 'node:path';
import type {
  BaseWindow,
  FileFilter,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
} from 'electron';
import { isPathInside } from './security.ts';

export interface DialogApi {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showMessageBox(window: BaseWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

const FILTERS: Record<string, FileFilter> = {
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.csv': { name: 'CSV spreadsheet', extensions: ['csv'] },
  '.json': { name: 'Cadence workspace file', extensions: ['json'] },
  '.ics': { name: 'Calendar file', extensions: ['ics'] },
};

/**
 * The save dialog for a file the page hands over (a PDF, a CSV, a workspace export): a
 * filter for its kind, in `folder` (the user's Documents) under the name the core chose.
 */
export function saveDialogOptionsFor(fileName: string, folder: string): SaveDialogOptions {
  const safeName = safeFileName(fileName);
  const filter = FILTERS[path.extname(safeName).toLowerCase()];
  return {
    title: 'Save',
    defaultPath: path.join(folder, safeName),
    filters: filter ? [filter, { name: 'All files', extensions: ['*'] }] : [{ name: 'All files', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The name comes from the page: only its last segment is used, never a path. */
function safeFileName(fileName: string): string {
  return path.basename(fileName.replace(/\\/g, '/')) || 'Cadence export';
}

/** What a download offers; Electron's DownloadItem fits. */
export interface DownloadLike {
  getFilename(): string;
  setSaveDialogOptions(options: SaveDialogOptions): void;
  setSavePath(path: string): void;
}

/**
 * The folder the Electron smoke test (test/electron) has downloads saved in without a
 * dialog it cannot click. Honoured only in an unpackaged app started with CADENCE_E2E=1 and
 * an absolute CADENCE_TEST_SAVE_DIR: a packaged Cadence always asks where to save.
 */
export function testSaveFolder(env: Record<string, string | undefined>, isPackaged: boolean): string | null {
  if (isPackaged || env.CADENCE_E2E !== '1') return null;
  const folder = env.CADENCE_TEST_SAVE_DIR;
  return folder && path.isAbsolute(folder) ? folder : null;
}

export interface DownloadSession {
  on(event: 'will-download', listener: (event: unknown, item: DownloadLike) => void): unknown;
}

/**
 * Every file the page saves (a Blob link) goes through the native save dialog with the right
 * filter; in the smoke test only (see testSaveFolder), straight into its folder.
 */
export function saveDownloadsThroughDialog(
  session: DownloadSession,
  documentsFolder: () => string,
  testFolder: string | null = null,
): void {
  session.on('will-download', (_event, item) => {
    if (testFolder) return item.setSavePath(path.join(testFolder, safeFileName(item.getFilename())));
    item.setSaveDialogOptions(saveDialogOptionsFor(item.getFilename(), documentsFolder()));
  });
}

export type BackupChoice = { name: string } | { outside: string } | null;

/**
 * Asks which backup to restore, starting in the backup folder. The app restores only the
 * backups it lists there, so a file elsewhere is answered with why (null: cancelled).
 */
export async function chooseBackup(dialog: DialogApi, window: BaseWindow, backupFolder: string): Promise<BackupChoice> {
  const answer = await dialog.showOpenDialog(window, {
    title: 'Restore a backup',
    defaultPath: backupFolder,
    buttonLabel: 'Restore…',
    filters: [{ name: 'Cadence backups', extensions: ['db'] }],
    properties: ['openFile'],
  });
  const file = answer.canceled ? undefined : answer.filePaths[0];
  if (!file) return null;
  const inFolder = isPathInside(file, backupFolder) && path.dirname(path.resolve(file)) === path.resolve(backupFolder);
  return inFolder ? { name: path.basename(file) } : { outside: file };
}

/** A question with one action button and Cancel (the default, so Enter never destroys). */
export async function confirm(
  dialog: DialogApi,
  window: BaseWindow,
  question: { message: string; detail: string; action: string },
): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    message: question.message,
    detail: question.detail,
    buttons: ['Cancel', question.action],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

export async function tell(
  dialog: DialogApi,
  window: BaseWindow,
  note: { type: 'info' | 'error'; message: string; detail?: string },
): Promise<void> {
  await dialog.showMessageBox(window, { type: note.type, message: note.message, detail: note.detail ?? '', buttons: ['OK'] });
}
