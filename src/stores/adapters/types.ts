import type { Locale } from '@/i18n/locales';
import type { DurationComparison, KpiComparison, ReadinessComparison, SelectionComparison } from '@/models/scenarios';

import type { ToolId } from '@/tool-list';
export type { ToolId };

/** Why a link was refused. The link codec names the first five; 'invalid-values' is a sound link whose contents a tool rejects. */
export type InvalidReason = 'truncated' | 'corrupt' | 'too-large' | 'too-deep' | 'unknown-version' | 'invalid-values';

export type LinkRead<T> = { status: 'absent' } | { status: 'invalid'; reason?: InvalidReason } | { status: 'ok'; value: T };

export type Comparison =
  | { tool: 'duration'; c: DurationComparison }
  | { tool: 'selection'; c: SelectionComparison }
  | { tool: 'kpi'; c: KpiComparison }
  | { tool: 'readiness'; c: ReadinessComparison };

/** The page's locale and its tool dictionary (names of options, KPIs). */
export interface PageText {
  locale: Locale;
  strings: Readonly<Record<string, string>>;
}

/** What the shared preview, the scenarios and the comparison need from one tool (or the plan). */
export interface ToolAdapter<T> {
  tool: ToolId;
  /** Reads the page's share link; never throws, never changes anything. */
  readLink(hash: string): Promise<LinkRead<T>>;
  /** The state the page holds now. */
  get(): T;
  /** Puts a state into the tool's stores (through their own actions). */
  set(value: T): void;
  /** Validates a stored or imported state. */
  parse(raw: unknown): T | null;
  /**
   * What differs between two states, for the comparison view. `strings` is the tool's own dictionary
   * (the page's), used for names the visitor gave or sees (options, KPIs).
   */
  compare(a: T, b: T, today: string, page: PageText): Comparison[];
}
