import type { ToolAdapter, ToolId } from './types';

// Each page loads only its own tool's adapter (the plan's brings all four), when it is needed.
export function loadAdapter(tool: ToolId): Promise<ToolAdapter<unknown>> {
  const load: Record<ToolId, () => Promise<ToolAdapter<never>>> = {
    duration: () => import('./duration').then((m) => m.durationAdapter as ToolAdapter<never>),
    kpi: () => import('./kpi').then((m) => m.kpiAdapter as ToolAdapter<never>),
    selection: () => import('./selection').then((m) => m.selectionAdapter as ToolAdapter<never>),
    readiness: () => import('./readiness').then((m) => m.readinessAdapter as ToolAdapter<never>),
    plan: () => import('./plan').then((m) => m.planAdapter as ToolAdapter<never>),
  };
  return load[tool]() as Promise<ToolAdapter<unknown>>;
}
