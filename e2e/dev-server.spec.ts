/**
 * `npm run dev` as an author uses it: a Vite dev server with the project's config, whose Dateline
 * plugin compiles a temp copy of the seed. Saving an article updates the open page; breaking it
 * shows the diagnostic's file:line:col in Vite's error overlay while the last good events stay.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { createServer, loadConfigFromFile, type PluginOption, type ViteDevServer } from 'vite';
import { dateline } from '../src/compiler/vite-plugin.ts';

const PORT = Number(process.env.DATELINE_DEV_PORT ?? 5181);
const ROOT = resolve(import.meta.dirname, '..');

let server: ViteDevServer;
let folder: string;
let article: string;

function isDatelinePlugin(plugin: PluginOption): boolean {
  return typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === 'dateline';
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'dateline-dev-'));
  cpSync(join(ROOT, 'seeds'), join(folder, 'articles'), { recursive: true });
  article = join(folder, 'articles', '000_7a65ecbb31904dfb.txt');
  const loaded = await loadConfigFromFile(
    { command: 'serve', mode: 'development' },
    join(ROOT, 'vite.config.ts'),
    ROOT,
  );
  const plugins = (loaded?.config.plugins ?? []).flat().filter((plugin) => !isDatelinePlugin(plugin));
  server = await createServer({
    ...loaded?.config,
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    plugins: [...plugins, dateline({ sources: [join(folder, 'articles')], output: join(folder, 'events.json') })],
    server: { port: PORT, strictPort: true },
  });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('saving an article updates the open page; a broken one shows in the overlay', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://localhost:${PORT}/`);
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('.vis-item', { hasText: 'Marco Rubio' }).first()).toBeVisible({ timeout: 60_000 });
  await expect(timeline.locator('.vis-item', { hasText: 'Omar Peel' })).toHaveCount(0);

  const original = readFileSync(article, 'utf8');
  writeFileSync(article, `${original.trimEnd()}\n\nMayor Ada Lind met Governor Omar Peel on March 3.\n`);
  await expect(timeline.locator('.vis-item', { hasText: 'Omar Peel' }).first()).toBeVisible({ timeout: 30_000 });

  // Break the dateline: the overlay names the file, line and column; the last good events stay.
  writeFileSync(article, original.replace(' date 2025-09-24', ' date 2025-02-30'));
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeVisible({ timeout: 30_000 });
  await expect(overlay).toContainText(`${article}:1:7`);
  await expect(overlay).toContainText('impossible-date');
  await expect(timeline.locator('.vis-item', { hasText: 'Omar Peel' }).first()).toBeAttached();
});
