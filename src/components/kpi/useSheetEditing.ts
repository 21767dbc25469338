// The editor's memory of the visitor's work: which term group each row sits in, and which fields they
// have left (a missing value is flagged only after that). A row keeps its group while the visitor works
// in it, so a card never jumps away mid-edit; it moves when focus leaves the card (after the click that
// took focus away, if any: see after-press.ts). Kept by the island,
// not the editor, so an undone "clear" brings the rows back where they were.
import { useRef, useState } from 'preact/hooks';
import { rowTerm, type Horizon, type RowResult, type SheetRow } from '@/models/kpi';
import type { RowField } from '@/stores/kpi';
import { afterPress } from '@/components/shared/after-press';

export function useSheetEditing(results: readonly RowResult[], today: string) {
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [frozen, setFrozen] = useState<Record<string, Horizon>>({});
  const lastGroup = useRef<Record<string, Horizon>>({});

  return {
    groupOf: (row: SheetRow, i: number): Horizon => {
      const g = frozen[row.uid] ?? rowTerm(row, results[i], today) ?? lastGroup.current[row.uid] ?? 'mid';
      lastGroup.current[row.uid] = g;
      return g;
    },
    freeze: (uid: string, g: Horizon) => setFrozen((f) => (f[uid] ? f : { ...f, [uid]: g })),
    thaw: (uid: string, e: FocusEvent) => {
      const card = e.currentTarget as HTMLElement;
      if (e.relatedTarget instanceof Node && card.contains(e.relatedTarget)) return;
      afterPress(() =>
        setFrozen((f) => {
          const { [uid]: _gone, ...rest } = f;
          return rest;
        }),
      );
    },
    /** The fields of one row the visitor has left. */
    touchedOf: (uid: string): Set<string> =>
      new Set([...touched].filter((k) => k.startsWith(`${uid}.`)).map((k) => k.slice(uid.length + 1))),
    touch: (uid: string, field: RowField) => afterPress(() => setTouched((t) => (t.has(`${uid}.${field}`) ? t : new Set(t).add(`${uid}.${field}`)))),
  };
}
