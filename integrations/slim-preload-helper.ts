import type { Plugin } from 'vite';

/**
 * Vite wraps every dynamic `import()` in a helper that preloads the imported chunk's dependencies and
 * its CSS. With module preloading off (see astro.config.mjs) its dependency lists are empty, and none of
 * our lazily loaded chunks carries CSS, so the helper only ever calls the import; yet it costs about
 * 0.9 KB gzip on every tool page. This plugin swaps its body for a plain call when, and only when,
 * no dynamically imported chunk has CSS of its own; otherwise it leaves the helper alone and says why.
 */
export function slimPreloadHelper(): Plugin {
  return {
    name: 'slim-preload-helper',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const helper = chunks.find((chunk) => chunk.moduleIds.length === 1 && /vite\/preload-helper/.test(chunk.moduleIds[0]!));
      if (!helper) {
        const host = chunks.find((chunk) => chunk.moduleIds.some((id) => /vite\/preload-helper/.test(id)));
        if (host) this.warn(`keeping Vite's preload helper: it shares ${host.fileName} with other modules; give it a chunk of its own (astro.config.mjs)`);
        return;
      }
      const withCss = chunks.filter((chunk) => chunk.isDynamicEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0);
      if (withCss.length > 0) {
        this.warn(`keeping Vite's preload helper: ${withCss.map((c) => c.fileName).join(', ')} import CSS`);
        return;
      }
      const exported = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(helper.code);
      if (!exported) {
        this.warn("keeping Vite's preload helper: its export list has an unexpected shape");
        return;
      }
      const names = exported[1]!.split(',').map((part) => part.trim().split(/\s+as\s+/).pop()!).filter(Boolean);
      helper.code = `const preload=(load)=>load();export{${names.map((name) => `preload as ${name}`).join(',')}};\n`;
    },
  };
}
