// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import contentParity from './integrations/content-parity.ts';
import pagefindIndex from './integrations/pagefind.ts';

const site = process.env.SITE_URL || 'https://crm-playbook.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
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
    pagefindIndex(),
  ],
  vite: {
    resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  },
});
