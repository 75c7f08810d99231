// `npm run lint:electron`: Electronegativity (Doyensec's Electron security linter) over
// main/, failing on any finding at MEDIUM severity or above, and on any file it could not
// parse (a file it cannot read is a file it did not check).
//
// Two things stand between Electronegativity 1.10 and this project, both solved here at
// module resolution, without touching node_modules:
// - It loads @typescript-eslint/typescript-estree, which needs the `typescript` JS API at
//   load time; this project's TypeScript 7 is native and has none. Electronegativity ships
//   its own TypeScript (a direct dependency of its package), so the estree parser is given
//   that one. TypeScript files are parsed with Babel first anyway (modern syntax); the
//   estree parser is only its fallback.
// - It fetches translations and Electron release data over the network. Here there is no
//   network, and a lint must not depend on one: `got` is replaced by a function that fails
//   at once, so it falls back to its bundled English text.
import { createRequire, registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const packageJson = require.resolve('@doyensec/electronegativity/package.json');
const packageDir = path.dirname(packageJson);
const ownTypescript = pathToFileURL(createRequire(packageJson).resolve('typescript')).href;
const OFFLINE_GOT = 'cadence-offline:got';

/**
 * Checks that do not apply, by class name, each with the reason (docs/security.md repeats
 * them). Everything else runs.
 */
export const EXCLUDED_CHECKS = {
  // Asks GitHub for Electron's release list: no network here, and `npm outdated` covers it.
  AvailableSecurityFixesGlobalCheck: 'needs the network; Electron updates come through npm',
  // Finds a CSP only in webRequest header code or <meta> tags. Cadence sends its CSP from the
  // app:// protocol handler (main/app-protocol.ts), which it cannot see, so it would report
  // "no CSP". The same evaluator it uses is run below on the real policy instead.
  CSPGlobalCheck: 'cannot see a CSP sent by protocol.handle; the same evaluator runs on CONTENT_SECURITY_POLICY instead',
};

/**
 * Google's CSP Evaluator (Electronegativity's own copy) on the policy both hosts send.
 * Returns its findings; those at HIGH_MAYBE or worse fail the lint.
 */
export async function evaluateCsp() {
  const csp = createRequire(packageJson)('@doyensec/csp-evaluator');
  const { CONTENT_SECURITY_POLICY } = await import('../main/security.ts');
  const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate();
  const names = Object.fromEntries(Object.entries(csp.severities).map(([name, value]) => [value, name]));
  return findings.map((finding) => ({
    severity: names[finding.severity],
    failing: finding.severity <= csp.severities.HIGH_MAYBE,
    directive: finding.directive,
    description: finding.description,
  }));
}

function insideElectronegativity(parentURL) {
  return (
    typeof parentURL === 'string' &&
    parentURL.includes('/node_modules/') &&
    /\/(@doyensec\/electronegativity|@typescript-eslint)\//.test(parentURL)
  );
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (insideElectronegativity(context.parentURL)) {
      if (specifier === 'typescript' && context.parentURL.includes('/@typescript-eslint/')) {
        return { url: ownTypescript, format: 'commonjs', shortCircuit: true };
      }
      if (specifier === 'got') return { url: OFFLINE_GOT, format: 'commonjs', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === OFFLINE_GOT) {
      const source =
        "const offline = () => Promise.reject(new Error('Cadence lints offline'));" +
        'offline.head = offline; offline.get = offline; module.exports = offline; module.exports.default = offline;';
      return { format: 'commonjs', source, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

/** Runs Electronegativity over `input` and returns its issues and parse errors. */
export async function lintElectron(input = path.join(root, 'main')) {
  const run = require(path.join(packageDir, 'dist', 'runner.js'));
  const electronVersion = require('electron/package.json').version;
  // Its i18n prints a line when the translation fetch fails; that line is expected here.
  const log = console.log;
  console.log = () => undefined;
  try {
    return await run({
      input,
      customScan: [],
      excludeFromScan: Object.keys(EXCLUDED_CHECKS).map((id) => id.toLowerCase()),
      severitySet: 'informational',
      confidenceSet: 'tentative',
      isRelative: true,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    });
  } finally {
    console.log = log;
  }
}

const FAILING_SEVERITY = 2; // Electronegativity's scale: INFORMATIONAL 0, LOW 1, MEDIUM 2, HIGH 3, CRITICAL 4

if (import.meta.filename === process.argv[1]) {
  const result = await lintElectron(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  const failing = result.issues.filter((issue) => issue.severity.value >= FAILING_SEVERITY);
  for (const issue of result.issues) {
    const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
    console.log(
      `${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id} ${where}${issue.manualReview ? ' (review)' : ''}`,
    );
  }
  const cspFindings = await evaluateCsp();
  for (const finding of cspFindings) console.log(`CSP ${finding.severity.padEnd(13)} ${finding.directive}: ${finding.description}`);
  const weakCsp = cspFindings.filter((finding) => finding.failing);
  const unparsed = result.errors.filter((error) => !error.tolerable);
  for (const error of unparsed) console.error(`could not parse ${error.file}: ${error.message}`);
  console.log(
    `electronegativity: ${result.atomicChecks + result.globalChecks} checks, ${result.issues.length} finding(s), ${failing.length} at MEDIUM or above, ${unparsed.length} file(s) not parsed; CSP: ${cspFindings.length} note(s), ${weakCsp.length} failing` +
      ` (skipped: ${Object.keys(EXCLUDED_CHECKS).join(', ')})`,
  );
  if (failing.length > 0 || unparsed.length > 0 || weakCsp.length > 0) process.exit(1);
}
