import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles, isHtml } from './built-files';
import { headersFile, mergePolicies, nginxSnippet, policyFromHtml } from '../src/lib/security-headers';


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
        for (const file of await builtFiles(out, isHtml)) {
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
