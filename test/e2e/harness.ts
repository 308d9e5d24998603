/**
 * Loads the built extension into Chromium with a fresh profile and serves x.com
 * pages from local fixtures. Shared by the Playwright tests, `npm run demo` and
 * the page benchmark, so all three exercise the same set-up.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';

/** Where `npm run build:e2e` writes the extension the tests load. */
export const E2E_EXTENSION_DIR = resolve(process.env.TEMOIN_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');

/** Hosts the fixtures impersonate; everything else is aborted. */
const SERVED_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com']);

/** Finds a Chromium that can load unpacked extensions, or explains what to install. */
export function findChromium(): string | undefined {
  const candidates = [process.env.TEMOIN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined; // Playwright's own build: let it choose.
  } catch {
    // fall through to the explanation
  }
  throw new Error(
    'Témoin tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`), ' +
      'or set TEMOIN_CHROMIUM=/path/to/chromium, or run `npx playwright install chromium`. ' +
      'Branded Google Chrome 137+ cannot load unpacked extensions from the command line.',
  );
}

/** One running browser with the extension, and what it saw. */
export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request any page or worker of the context made, in order. */
  requests: Request[];
  /** Maps an x.com path (pathname, or pathname+search) to the HTML served for it. */
  pages: Map<string, string>;
  /**
   * Opens url in a new tab in front (a background tab gets no animation frames,
   * and the onboarding tab opened at install may be in front otherwise); when
   * html is given, it is what x.com serves at that path.
   */
  open(url: string, html?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Options for {@link launchExtension}. */
export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number };
}

/** Starts Chromium with the extension loaded and x.com served from `pages`. */
export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = opts.extensionDir ?? E2E_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  // Reports requests made by the extension's service worker too, so the
  // "no network request of its own" test sees them.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'temoin-profile-'));
  const executablePath = findChromium();
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      headless: opts.headless ?? true,
      executablePath,
      viewport: opts.viewport ?? { width: 1280, height: 900 },
      locale: 'fr-FR',
      // Chromium on Linux takes its UI language (and so the extension's i18n) from LANGUAGE.
      env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' } as Record<string, string>,
      timezoneId: 'Europe/Paris',
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=fr-FR',
      ],
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const requests: Request[] = [];
  const pages = new Map<string, string>();
  context.on('request', (r) => requests.push(r));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    if (SERVED_HOSTS.has(url.hostname)) {
      const html = pages.get(url.pathname + url.search) ?? pages.get(url.pathname);
      if (html !== undefined) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    }
    return route.abort('blockedbyclient');
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    requests,
    pages,
    async open(url, html) {
      if (html !== undefined) pages.set(new URL(url).pathname, html);
      const page = await context.newPage();
      await page.bringToFront();
      await page.goto(url);
      await page.bringToFront();
      return page;
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

/** Reads a fixture file from test/fixtures. */
export function fixture(relPath: string): string {
  return readFileSync(resolve('test/fixtures', relPath), 'utf8');
}
