// The plan as one JSON file: written by the export button, read back by the import. Reading checks,
// in order, the size, that it is JSON, that it is complete, that it is a plan file of a known
// version, and finally every part with the tools' own validators; each failure has its own code.
import { isObj, own as ownValue } from '@/lib/untrusted';
import { parseUntrustedJson } from '@/lib/untrusted-bounds';
import { looksTruncated } from './json-scan';
import { FILE_BOUNDS, MAX_IMPORT_CHARS, PLAN_KIND, PLAN_VERSION } from './limits';
import { readPlanState } from './state';
import type { ImportErrorCode, ImportResult, PlanFile, PlanState } from './types';

export function buildPlanFile(plan: PlanState, exportedAt: string | null = null): PlanFile {
  return { kind: PLAN_KIND, version: PLAN_VERSION, exportedAt, plan };
}

/** Pretty-printed, so a visitor who opens the file sees what it holds. */
export function serializePlanFile(plan: PlanState, exportedAt: string | null = null): string {
  return `${JSON.stringify(buildPlanFile(plan, exportedAt), null, 2)}\n`;
}

const fail = (code: ImportErrorCode, field = 'file'): ImportResult => ({ ok: false, errors: [{ field, code }] });

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** Reads an imported file's text. Never throws; changes nothing (the caller applies the value). */
export function validateImport(text: unknown, maxChars = MAX_IMPORT_CHARS): ImportResult {
  if (typeof text !== 'string') return fail('not-json');
  if (text.length > maxChars) return fail('too-large');
  // A BOM is what Windows editors put in front of UTF-8; it is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('empty');
  const parsed = parseUntrustedJson(body, maxChars, FILE_BOUNDS);
  if (!parsed.ok) {
    if (parsed.reason !== 'corrupt') return fail(parsed.reason);
    return fail(looksTruncated(body) ? 'truncated' : 'not-json');
  }
  const raw = parsed.value;
  if (!isObj(raw)) return fail('foreign-kind');
  const file = raw;
  const own = (k: string) => ownValue(file, k);
  if (own('kind') !== PLAN_KIND) return fail('foreign-kind', 'kind');
  if (own('version') !== PLAN_VERSION) return fail('unsupported-version', 'version');
  const exportedAt = own('exportedAt');
  if (exportedAt !== undefined && exportedAt !== null && !(typeof exportedAt === 'string' && ISO_TIMESTAMP.test(exportedAt))) {
    return fail('wrong-types', 'exportedAt');
  }
  const plan = readPlanState(own('plan'));
  if (!plan.ok) return { ok: false, errors: plan.errors };
  return { ok: true, value: { kind: PLAN_KIND, version: PLAN_VERSION, exportedAt: (exportedAt as string | undefined) ?? null, plan: plan.value } };
}

/** The first (most basic) reason a file was refused. */
export function importErrorCode(result: ImportResult): ImportErrorCode | null {
  return result.ok ? null : (result.errors[0]?.code ?? 'wrong-types');
}
