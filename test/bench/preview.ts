// `npx tsx test/bench/preview.ts`: how long the agreement editor's live preview takes to
// show a keystroke. It starts the browser host on a fresh workspace (as the e2e fixture
// does), makes a draft of about six pages (the Pay-for-Work template plus long clauses),
// types into a clause textarea in real Chromium and, in the page, marks the keydown and
// the first frame in which the preview shows the new text (performance marks). Prints the
// median of 30 keystrokes and writes bench-results/preview.json; exits 1 above 50 ms.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config.ts';
import { type Host, startHost } from '../e2e/support/host.ts';
import { medianRow, printTable, writeJson } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const RESULTS = path.join(ROOT, 'bench-results', 'preview.json');
const KEYSTROKES = 30;
const TARGET_MS = 50;
const SEED = 'Benchmarkstart';

interface BenchWindow {
  benchArm: (text: string, n: number) => void;
  benchShown: Promise<void>;
}

interface Detail {
  agreement: { id: string };
  clauses: { id: string; title: string; body: string }[];
}

/** Plain prose, varied enough that the clause is not one repeated line. */
function longClause(index: number): { id: string; title: string; body: string } {
  const sentences = [
    'The Coach prepares each session from the notes of the last one and the goals agreed at the start of the term.',
    'Between sessions the Client may send short written questions, which the Coach answers within two working days.',
    'Where a question needs more than a short answer, the Coach proposes to take it into the next session instead.',
    'Documents the Client shares are read with care, kept confidential and returned or deleted at the end of the term.',
    'Either party may suggest a change to the focus of the work; the change is confirmed in writing before it applies.',
    'The Coach keeps a short record of each session, which the Client may read at any time on request.',
  ];
  const paragraphs = Array.from({ length: 4 }, (_, p) =>
    Array.from({ length: 4 }, (_, s) => sentences[(index + p + s) % sentences.length]).join(' '),
  );
  return {
    id: `bench-${index}`,
    title: `Working arrangement ${index + 1}`,
    body: `${paragraphs.join('\n\n')}\n\n- Review of progress every **{{agreement.period}}**\n- A written summary at the end of the term`,
  };
}

function ensureRenderer(): void {
  if (fs.existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'))) return;
  console.log('dist/renderer is missing: building it with `npx vite build` …');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('`npx vite build` failed, so there is no renderer to load');
}

async function makeAgreement(host: Host): Promise<{ id: string; clauseTitle: string; pages: number }> {
  await host.call('settings.update', { businessName: 'Harbour Coaching' });
  const client = await host.call<{ id: string }>('clients.create', { name: 'Ada Lovelace', timeZone: 'Europe/Berlin' });
  const draft = await host.call<Detail>('agreements.create', { clientId: client.id, kind: 'work', feeMinor: 150000 });
  const extra = Array.from({ length: 6 }, (_, i) => longClause(i));
  await host.call('agreements.update', {
    id: draft.agreement.id,
    clauses: [...draft.clauses.slice(0, -1), ...extra, draft.clauses.at(-1)!],
  });
  // The page count of the PDF drawn from the same document model.
  const pdf = await host.call<{ contentBase64: string }>('agreements.pdf', { id: draft.agreement.id });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-preview-')), 'draft.pdf');
  fs.writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN);
  // Typing goes into a long clause in the middle of the document.
  return { id: draft.agreement.id, clauseTitle: extra[3]!.title, pages };
}

async function main(): Promise<number> {
  ensureRenderer();
  const host = await startHost();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const { id, clauseTitle, pages } = await makeAgreement(host);
    const page = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'Europe/Berlin' })
    ).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.goto(`${host.url}#/agreements/${encodeURIComponent(id)}`);
    await page.locator('main[data-ready="true"]').waitFor({ timeout: 30_000 });
    const textarea = page.getByRole('textbox', { name: `Text of “${clauseTitle}”` });
    await textarea.click();
    await textarea.press('Control+End');

    // In the page: a keydown marks the start; a mutation of the preview that makes the
    // clause contain the expected text marks the end at the next frame.
    await page.evaluate(
      ({ clauseTitle }) => {
        const w = window as unknown as BenchWindow;
        let pending: { text: string; n: number; resolve: () => void } | null = null;
        // Only the keystroke being measured is marked (the one armed by benchExpect).
        document.addEventListener(
          'keydown',
          () => {
            if (!pending || pending.n < 0) return;
            const n = pending.n;
            performance.mark(`key-${n}`);
            // The frame that shows the typed letter in the textarea: the cost of typing itself.
            requestAnimationFrame(() => performance.mark(`typed-${n}`));
          },
          { capture: true },
        );
        const preview = document.querySelector('[aria-label="Live preview"]')!;
        const clauseText = () =>
          [...preview.querySelectorAll('.doc__clause')].find((s) => s.querySelector('h3')?.textContent?.endsWith(clauseTitle))
            ?.textContent ?? '';
        const check = () => {
          if (!pending || !clauseText().includes(pending.text)) return;
          const done = pending;
          pending = null;
          requestAnimationFrame(() => {
            performance.mark(`shown-${done.n}`);
            done.resolve();
          });
        };
        document.addEventListener('bench-check', check);
        new MutationObserver(check).observe(preview, { subtree: true, childList: true, characterData: true });
        // Arming returns at once; the wait is collected after the key is sent, so the key
        // can never arrive before the page is listening for it.
        w.benchArm = (text, n) => {
          w.benchShown = new Promise<void>((resolve) => {
            pending = { text, n, resolve };
          });
        };
      },
      { clauseTitle },
    );

    // The seed is typed first and waited for; its keystrokes are not measured.
    await textarea.pressSequentially(` ${SEED}`);
    await page.evaluate(
      ({ text }) => {
        const w = window as unknown as BenchWindow;
        w.benchArm(text, -1);
        document.dispatchEvent(new Event('bench-check'));
        return w.benchShown;
      },
      { text: SEED },
    );
    const letters = 'qwertyuiopasdfghjklzxcvbnmqwer';
    let typed = SEED;
    const samples: number[] = [];
    const parts = { typed: [] as number[], toRequest: [] as number[], core: [] as number[], render: [] as number[] };
    for (let k = 0; k < KEYSTROKES; k += 1) {
      typed += letters[k];
      await page.evaluate(({ text, n }) => (window as unknown as BenchWindow).benchArm(text, n), { text: typed, n: k });
      await page.keyboard.type(letters[k]!);
      await page.evaluate(() => (window as unknown as BenchWindow).benchShown);
      const timing = await page.evaluate((n) => {
        const total = performance.measure(`keystroke-${n}`, `key-${n}`, `shown-${n}`);
        // The last request and response before the preview showed the key.
        const before = (name: string) =>
          performance
            .getEntriesByName(name)
            .filter((e) => e.startTime <= total.startTime + total.duration)
            .at(-1)?.startTime ?? NaN;
        const request = before('agreement-preview:request');
        const response = before('agreement-preview:response');
        const typed = performance.getEntriesByName(`typed-${n}`)[0]?.startTime ?? NaN;
        return {
          total: total.duration,
          typed: typed - total.startTime,
          toRequest: request - total.startTime,
          core: response - request,
          render: total.startTime + total.duration - response,
        };
      }, k);
      samples.push(timing.total);
      parts.typed.push(timing.typed);
      parts.toRequest.push(timing.toRequest);
      parts.core.push(timing.core);
      parts.render.push(timing.render);
      await page.waitForTimeout(40);
    }
    if (errors.length > 0) throw new Error(`the page threw: ${errors[0]}`);

    const row = medianRow(
      'agreement preview: keystroke → preview shows it',
      samples,
      TARGET_MS,
      `${pages}-page draft, ${KEYSTROKES} keystrokes into “${clauseTitle}”`,
    );
    const breakdown = [
      medianRow('  keystroke → preview request sent', parts.toRequest, null),
      medianRow('  keystroke → next frame (the letter in the textarea)', parts.typed, null),
      medianRow('  request → answer (HTTP + core)', parts.core, null),
      medianRow('  answer → shown (parse, render, frame)', parts.render, null),
    ];
    console.log(`Agreement preview latency (${pages}-page draft, Chromium through the browser host)\n`);
    printTable([row, ...breakdown]);
    writeJson(
      RESULTS,
      { benchmark: 'agreement preview', pages, keystrokes: KEYSTROKES, samplesMs: samples.map((ms) => Math.round(ms * 10) / 10) },
      [row, ...breakdown],
    );
    console.log(`\nWrote ${path.relative(ROOT, RESULTS)}`);
    return row.pass ? 0 : 1;
  } finally {
    await browser.close();
    await host.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
