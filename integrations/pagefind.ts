import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { builtFiles, isHtml } from './built-files';
import { htmlForSearch } from './search-text';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { anchorSlug } from '../src/scripts/search-query.js';

/**
 * Writes pagefind/catalogue.<lang>.json: for every indexed page, keyed by the id Pagefind's results
 * carry, its URL, title, type and headings (text, and the anchor id where `anchorSlug` would not give it). Search ranks every page it finds and
 * lists the results from this one small file; a page's fragment is fetched only for its snippet.
 */
async function writeCatalogue(bundle: string): Promise<number> {
  const byLang = new Map<string, Record<string, [string, string, string, ([string] | [string, string])[]]>>();
  for (const name of await readdir(join(bundle, 'fragment'))) {
    const id = name.replace(/\.pf_fragment$/, '');
    const lang = id.slice(0, id.lastIndexOf('_'));
    // A fragment is gzip of "pagefind_dcd" followed by the page's JSON.
    const page = JSON.parse(gunzipSync(await readFile(join(bundle, 'fragment', name))).toString('utf8').slice('pagefind_dcd'.length));
    const headings = (page.anchors as { id?: string; text?: string }[])
      // The takeaways box is not indexed (it restates the body), so it is no section to land on.
      .filter((a) => a.id && a.text?.trim() && a.id !== 'takeaways-title')
      // The id only where the search page could not derive it from the text.
      .map((a): [string] | [string, string] => (anchorSlug(a.text!.trim()) === a.id ? [a.text!.trim()] : [a.text!.trim(), a.id!]));
    if (!byLang.has(lang)) byLang.set(lang, {});
    byLang.get(lang)![id] = [page.url, page.meta?.title ?? '', page.meta?.type ?? 'page', headings];
  }
  for (const [lang, entries] of byLang) await writeFile(join(bundle, `catalogue.${lang}.json`), JSON.stringify(entries));
  return byLang.size;
}

/**
 * Builds the Pagefind index from the finished HTML, through Pagefind's Node API, so search is part of
 * every build instead of a file copied into public/. Pagefind writes one index per `<html lang>`.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Pages go in one by one so the text indexed can leave out citations (see search-text.ts).
        let pageCount = 0;
        for (const file of await builtFiles(outDir, isHtml)) {
          const added = await index.addHTMLFile({ sourcePath: relative(outDir, file), content: htmlForSearch(await readFile(file, 'utf8')) });
          if (added.errors.length) throw new Error(`Pagefind indexing failed for ${file}: ${added.errors.join('; ')}`);
          if (added.file) pageCount += 1;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const languages = await writeCatalogue(join(outDir, 'pagefind'));
        logger.info(`indexed ${pageCount} pages; catalogues for ${languages} languages`);
      },
    },
  };
}
