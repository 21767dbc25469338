// The tools and their paths, declared once. Its own module, not part of site.ts: site.ts ships with every
// tool page (the runtime chunk takes what it imports too), and only the plan needs the paths in the browser.

/** The tools, in the order the Tools index shows them. The path is locale-less. */
export const TOOLS = [
  { id: 'readiness', path: '/tools/readiness/' },
  { id: 'duration', path: '/tools/duration/' },
  { id: 'selection', path: '/tools/selection/' },
  { id: 'kpi', path: '/tools/kpi/' },
  { id: 'plan', path: '/plan/' },
] as const;
export type ToolId = (typeof TOOLS)[number]['id'];
export const TOOL_IDS = /* @__PURE__ */ TOOLS.map((t) => t.id) as unknown as readonly [ToolId, ...ToolId[]];

/** A tool's locale-less path ('/tools/kpi/'); `localizePath` adds the locale. */
export const toolPath = (id: ToolId): string => TOOLS.find((tool) => tool.id === id)!.path;
