// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { compactScript } from './src/lib/inline-script.ts';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import contentParity from './integrations/content-parity.ts';
import pagefindIndex from './integrations/pagefind.ts';
import precompress from './integrations/precompress.ts';
import minifySearch from './integrations/minify-search.ts';
import securityHeaders from './integrations/security-headers.ts';
import focusableTables from './integrations/focusable-tables.ts';
import islandEntry from './integrations/island-entry.ts';
import sourceRefs from './integrations/source-refs.ts';
import { slimPreloadHelper } from './integrations/slim-preload-helper.ts';
// Regenerates src/scripts/search-t2s.js (the Traditional->Simplified map for search) from the content.
import './scripts/build-t2s.mjs';
// Regenerates src/scripts/search-vocab.<locale>.js (the words each locale's pages use) from the content.
import './scripts/build-search-vocab.mjs';

// Hand-written inline scripts (src/scripts/*.inline.js) are static text; hash them for the CSP here.
const inlineScriptHashes = readdirSync(new URL('./src/scripts/', import.meta.url))
  .filter((f) => f.endsWith('.inline.js'))
  .map((f) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(compactScript(readFileSync(new URL(`./src/scripts/${f}`, import.meta.url), 'utf8'))).digest('base64')}`));

const site = process.env.SITE_URL || 'https://crm-playbook.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro hashes every script and style it emits, inline ones included, into a per-page CSP <meta>.
  // Pagefind runs WebAssembly; islands may set style attributes; nothing else is allowed.
  security: {
    csp: {
      directives: [
        "default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "worker-src 'self' blob:",
        "object-src 'none'", "base-uri 'self'", "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  i18n: {
    locales: ['zh-cn', 'en'],
    defaultLocale: 'zh-cn',
    // Both locales are prefixed; src/pages/index.astro picks one from the browser's preference.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    contentParity(),
    mdx(),
    preact(),
    sitemap({
      i18n: { defaultLocale: 'zh-cn', locales: { 'zh-cn': 'zh-CN', en: 'en' } },
      // The root chooser and the per-locale 404 pages are not content.
      filter: (page) => !/\/404\/?$/.test(page) && new URL(page).pathname !== '/',
    }),
    focusableTables(),
    // Before the headers and the compressed copies are written from the pages.
    islandEntry(),
    pagefindIndex(),
    minifySearch(),
    // Adds the citation plugin to Markdown/MDX; after the search index is written and before
    // pre-compression, fails the build if a source file name or an unknown reference reached dist/.
    sourceRefs(),
    securityHeaders(),
    precompress(),
  ],
  // No code blocks in the content, and Shiki's inline styles would need a looser CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
    // Scripts imported with ?url (the search modules) must stay files: the CSP forbids data: scripts.
    // No preload lists: the code behind a dynamic import (exports, a result step, the plan report,
    // search) loads on use, where preloading its dependencies saves nothing and the lists cost bytes.
    build: {
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
      rolldownOptions: {
        output: {
          // Preact, its hooks and the stores every island needs, as one file rather than five small
          // ones: each separate chunk costs its own import and export lists on every tool page.
          // The site's own helpers that every tool island loads (formatting, saved state, dates, the
          // hooks that open shared links, scenarios and undo on use, the company name in the print
          // margin) go with them.
          codeSplitting: {
            groups: [
              // Vite's dynamic-import helper on its own, before the runtime group takes it in with
              // tool-extras: integrations/slim-preload-helper.ts can only swap a chunk that is the helper alone.
              { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 2 },
              {
                name: 'runtime',
                priority: 1,
                test: /node_modules[\\/](preact|nanostores|@nanostores)[\\/]|src[\\/](i18n[\\/](format|tool-text|list)|site|stores[\\/](persisted|storage-engine|saved-company-name)|models[\\/](calendar[\\/]iso-date|profile[\\/]company-name)|components[\\/]shared[\\/](mount-island|source-labels|tool-extras|hydrate-later|running-head|use-store))\.tsx?$/,
              },
            ],
          },
        },
      },
    },
    plugins: [
      {
        name: 'no-module-preload',
        // Astro sets the client build's options itself; this hook runs after it.
        configEnvironment(name, config) {
          if (name === 'client') config.build = { ...config.build, modulePreload: false };
        },
      },
      slimPreloadHelper(),
    ],
  },
});
