import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './support/static-server';

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string; distDir: string }
}

/** Serves the production build (DIST_DIR or dist/) on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  const distDir = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(`No built site at ${distDir}. Run "npm run build" first (npm test does it for you).`);
  }
  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return () => server.close();
}
