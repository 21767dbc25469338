import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergePolicies, nginxSnippet, policyFromHtml } from '../src/lib/security-headers';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * Astro writes each page's CSP (with the hashes of its inline scripts) into a <meta>. This collects
 * them into one header policy and writes dist/_headers, plus deploy/security-headers.conf for nginx.
 */
export default function securityHeaders(): AstroIntegration {
  let root = '';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(out)) {
          const policy = policyFromHtml(await readFile(file, 'utf8'));
          if (policy) policies.push(policy);
        }
        if (!policies.length) throw new Error('security-headers: no page carries a CSP meta tag; is security.csp enabled?');
        const csp = mergePolicies(policies);
        await writeFile(join(out, '_headers'), headersFile(csp));
        await mkdir(join(root, 'deploy'), { recursive: true });
        await writeFile(join(root, 'deploy', 'security-headers.conf'), nginxSnippet(csp));
        logger.info(`CSP from ${policies.length} pages written to _headers and deploy/security-headers.conf`);
      },
    },
  };
}
