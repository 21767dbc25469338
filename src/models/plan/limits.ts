// Identifiers and size limits of the plan's file and link formats.

/** `kind` of an exported plan file: an import checks it before reading anything else. */
export const PLAN_KIND = 'crm-playbook-plan';
export const PLAN_VERSION = 1;

/**
 * The largest file an import reads, in characters. A full plan (six options, forty KPI rows with
 * long texts) is under 60 000; anything far larger was not written by this page.
 */
export const MAX_IMPORT_CHARS = 400_000;

/**
 * How deep, wide and long a plan file or link may be before it is even walked: a plan nests 5 deep
 * (file, plan, selection, matrix, options, scores) and holds under 1,500 values.
 */
export const FILE_BOUNDS = Object.freeze({ depth: 12, entries: 5_000, stringChars: 2_000 });

/** Share links: the fragment name (the codec and its limits are in src/lib/share-link.ts). */
export const SHARE_NAME = 'plan';
