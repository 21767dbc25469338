// The scenarios file: one JSON document holding a tool's scenarios, so they can move to another
// browser. Reading it validates every entry with the tool's own reader and never throws.
import { parseScenarioList, type Scenario } from './list';

export const SCENARIO_FILE_FORMAT = 'crm-playbook-scenarios';
export const SCENARIO_FILE_VERSION = 1;
/** A file larger than this (characters) is refused before parsing. */
export const MAX_SCENARIO_FILE_CHARS = 2_000_000;

export function serializeScenarioFile<T>(tool: string, list: readonly Scenario<T>[], exportedAt: string): string {
  return JSON.stringify({ format: SCENARIO_FILE_FORMAT, version: SCENARIO_FILE_VERSION, tool, exportedAt, scenarios: list }, null, 2);
}

export type ScenarioFileError = 'too-large' | 'not-json' | 'not-scenarios' | 'other-tool' | 'unknown-version' | 'empty';

export function readScenarioFile<T>(
  text: string,
  tool: string,
  parseState: (raw: unknown) => T | null,
): { ok: true; scenarios: Scenario<T>[]; dropped: number } | { ok: false; code: ScenarioFileError } {
  if (text.length > MAX_SCENARIO_FILE_CHARS) return { ok: false, code: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, code: 'not-json' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, code: 'not-scenarios' };
  const r = raw as Record<string, unknown>;
  if (r.format !== SCENARIO_FILE_FORMAT || !Array.isArray(r.scenarios)) return { ok: false, code: 'not-scenarios' };
  if (r.version !== SCENARIO_FILE_VERSION) return { ok: false, code: 'unknown-version' };
  if (r.tool !== tool) return { ok: false, code: 'other-tool' };
  const scenarios = parseScenarioList(r.scenarios, parseState) ?? [];
  if (scenarios.length === 0) return { ok: false, code: 'empty' };
  return { ok: true, scenarios, dropped: (r.scenarios as unknown[]).length - scenarios.length };
}
