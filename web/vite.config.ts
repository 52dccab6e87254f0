import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.LINLI_API ?? 'http://localhost:3000';
const proxied = ['/api', '/docs', '/open311', '/metrics'];

// Three libraries get chunks of their own. React and the router are needed by every page, so they are cached
// together. ECharts is big and only the pages that chart import it: in its own chunk it is fetched by those pages
// alone. The icons go together (below). antd is left to the bundler's split by use: one antd chunk would bring the whole desktop
// console's components (tables, date pickers, menus) to the login form and to the resident's phone pages.
// A higher priority group claims its modules first (a group also pulls in what its modules import).
const vendorGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/, priority: 50 },
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 40 },
  { name: 'vendor-initial', test: /node_modules[\\/]/, tags: ['$initial' as const], priority: 30 },
  // Below the first load's group, so the login keeps only the icons it draws. Split by use, the menu's hundred-odd
  // icons came as thirty files of 2 KB, each a round trip on a phone's network; together they are one.
  { name: 'vendor-icons', test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/, priority: 20 },
];

/**
 * Writes a .br and a .gz beside every text file of the build, at the highest settings (once per build, not per
 * request): the server sends the one the browser accepts as it is (src/platform/http/web-assets.ts). Files under
 * 1 KB, and copies that would not be smaller, are left out.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  let outDir = '';
  return {
    name: 'linli-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.write === false ? '' : resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (!outDir) return;
      const files = (await readdir(outDir, { recursive: true })).filter((f) => /\.(js|mjs|css|html|svg|json|txt|map)$/.test(f));
      await Promise.all(
        files.map(async (f) => {
          const path = join(outDir, f);
          const raw = await readFile(path);
          if (raw.length < 1024) return;
          const [br, gzipped] = await Promise.all([
            brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
            gz(raw, { level: 9 }),
          ]);
          if (br.length < raw.length) await writeFile(`${path}.br`, br);
          if (gzipped.length < raw.length) await writeFile(`${path}.gz`, gzipped);
        }),
      );
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    // The same variable as the server's (src/cli/web-build.ts): a second build of one checkout in a folder of its own.
    outDir: process.env.LINLI_WEB_DIST ? resolve(process.env.LINLI_WEB_DIST) : 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: apiTarget, changeOrigin: false }])),
  },
  preview: {
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: apiTarget, changeOrigin: false }])),
  },
});
