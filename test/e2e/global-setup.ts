import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './support/static-server';
import { globalHeaders } from './support/headers-file';

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string; distDir: string }
}

/** Serves the production build, with the headers of its _headers file, (DIST_DIR or dist/) on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  const distDir = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(`No built site at ${distDir}. Run "npm run build" first (npm test does it for you).`);
  }
  // Serve with the production headers, CSP included, so a violation shows up as a console error.
  const server = await serveStatic(distDir, globalHeaders(distDir));
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return () => server.close();
}
