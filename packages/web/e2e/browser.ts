import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Flags from ../shared/STACK.md: the Debian chromium package, headless, no sandbox in CI. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/** One isolated browser profile (its own cookies and storage), e.g. one per person in a test. */
export async function launchBrowser(
  options: { viewport?: { width: number; height: number }; baseUrl?: string } = {},
): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), "spotter-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 860 },
    baseURL: options.baseUrl,
    locale: "en-GB",
    timezoneId: "UTC",
    // The server sends a strict CSP (script-src self); axe-core is injected as an inline script.
    bypassCSP: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core in the page; returns serious and critical violations only. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run({ resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

const SHOTS = fileURLToPath(new URL("../../../.artifacts/screenshots/", import.meta.url));

/** Full-page screenshot into .artifacts/screenshots/<name>.png (gitignored) for humans to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  // SHOT_SLICES=1 also writes viewport-sized slices, easier to inspect than one tall image.
  if (process.env.SHOT_SLICES) {
    const vp = page.viewportSize() ?? { width: 1280, height: 860 };
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let i = 0, y = 0; y < height && i < 6; i++, y += vp.height) {
      const clip = { x: 0, y, width: vp.width, height: Math.min(vp.height, height - y) };
      await page.screenshot({ path: join(SHOTS, `${name}.${i + 1}.png`), fullPage: true, clip });
    }
  }
  return path;
}
