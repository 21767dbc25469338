import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv } from '@/lib/csv';
import {
  buildIcs,
  escapeIcsText,
  estimateDuration,
  foldIcsLine,
  milestoneEvents,
  milestonesIcs,
  phaseTableCsv,
  type ExportLabels,
} from '@/models/duration';
import { addDays, workingPeriodEnd } from '@/models/calendar';
import { TYPICAL_MEDIUM } from './fixtures';
import { readCsv, readIcs } from '../../../support/exports';

const LABELS: ExportLabels = {
  phase: { planning: '规划与选型', deployment: '部署与配置', migration: '数据迁移与集成', training: '培训与试点', rollout: '全面推广' },
  goLive: '全面上线',
  p80: '八成把握上线',
  calendarName: 'CRM 实施里程碑',
  eventDescription: '由 CRM 实施周期估算器给出的最可能日期，仅供参考；请与团队确认',
  holidaysMoved: (holidays) => `因${holidays.map((h) => h.id).join('、')}顺延 ${holidays.reduce((n, h) => n + h.workdaysLost, 0)} 个工作日`,
  columns: {
    phase: '阶段', startWeek: '开始周', lowWeeks: '乐观(周)', likelyWeeks: '最可能(周)', highWeeks: '悲观(周)', startDate: '开始日期', endDate: '结束日期',
  },
  totalRow: '合计',
};
const NOW = new Date('2026-01-05T08:30:00Z');

describe('ICS text helpers', () => {
  it.each([
    ['a,b;c', 'a\\,b\\;c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['crlf\r\nline', 'crlf\\nline'],
  ])('escapes %p', (input, out) => expect(escapeIcsText(input)).toBe(out));

  it('leaves short lines alone and folds long ones at 75 octets without splitting characters', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
    const long = 'DESCRIPTION:' + '数据迁移'.repeat(30);
    const folded = foldIcsLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(long);
  });

  it('folding round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `SUMMARY:${escapeIcsText(text)}`;
        const folded = foldIcsLine(line);
        return folded.split('\r\n').map((p, i) => (i === 0 ? p : p.slice(1))).join('') === line;
      }),
    );
  });
});

describe('milestone calendar', () => {
  const estimate = estimateDuration({ ...TYPICAL_MEDIUM, startDate: '2026-03-02' });

  it('has one all-day event per phase, a go-live milestone and the 80% date', () => {
    const text = milestonesIcs(estimate, LABELS, NOW);
    const { calendar, events } = readIcs(text);
    expect(calendar.VERSION).toBe('2.0');
    expect(calendar.PRODID).toContain('CRM Implementation Playbook');
    expect(calendar['X-WR-CALNAME']).toBe('CRM 实施里程碑');
    expect(events).toHaveLength(7);
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(events.map((e) => e.summary)).toEqual([...Object.values(LABELS.phase), '全面上线', '八成把握上线']);
    const planning = events[0]!;
    expect(planning.start).toBe('2026-03-02');
    // The end of an all-day event is exclusive: the day after the phase's last day.
    expect(planning.endExclusive).toBe(addDays(estimate.phases[0]!.endDate!, 1));
    expect(text).toContain('DTSTAMP:20260105T083000Z');
    // A phase a holiday moves says so in its description; one no holiday touches has the plain text.
    for (const [i, p] of estimate.phases.entries()) {
      if (p.holidays?.length) expect(events[i]!.description).toBe(`${LABELS.eventDescription}\n${LABELS.holidaysMoved(p.holidays)}`);
      else expect(events[i]!.description).toBe(LABELS.eventDescription);
    }
    expect(estimate.phases.some((p) => p.holidays?.some((h) => h.id === 'labour-day'))).toBe(true);
    const goLive = events[5]!;
    expect(goLive.start).toBe(estimate.goLiveDate);
    expect(goLive.endExclusive).toBe(addDays(estimate.goLiveDate!, 1));
    const p80 = events[6]!;
    expect(p80.start).toBe(estimate.p80Date);
    expect(p80.start).toBe(workingPeriodEnd('2026-03-02', estimate.total.p80Weeks));
    expect(p80.start >= goLive.start).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(7);
  });

  it('keeps the UIDs when an answer changes the dates of the same project, and not for a different start', () => {
    const uids = (startDate: string, commitment: 1 | 5) =>
      readIcs(milestonesIcs(estimateDuration({ ...TYPICAL_MEDIUM, internalCommitment: commitment, startDate }), LABELS, NOW)).events.map((e) => e.uid);
    expect(uids('2026-03-02', 5)).toEqual(uids('2026-03-02', 1));
    expect(uids('2026-04-06', 5)).not.toEqual(uids('2026-03-02', 5));
  });

  it('keeps each event\'s UID across two exports of the same plan, so a re-import updates rather than duplicates', () => {
    const later = new Date('2026-02-01T10:00:00Z');
    const first = readIcs(milestonesIcs(estimate, LABELS, NOW)).events.map((e) => e.uid);
    const second = readIcs(milestonesIcs(estimateDuration({ ...TYPICAL_MEDIUM, startDate: '2026-03-02' }), LABELS, later)).events.map((e) => e.uid);
    expect(second).toEqual(first);
  });

  it('has no events without a start date', () => {
    const undated = estimateDuration(TYPICAL_MEDIUM);
    expect(milestoneEvents(undated, LABELS)).toEqual([]);
    expect(readIcs(milestonesIcs(undated, LABELS, NOW)).events).toEqual([]);
  });

  it('is pure: the same estimate and time give the same file', () => {
    expect(milestonesIcs(estimate, LABELS, NOW)).toBe(milestonesIcs(estimate, LABELS, NOW));
  });

  it('keeps hostile labels as text', () => {
    const ics = buildIcs([{ uid: 'x', start: '2026-01-01', summary: 'a;b,c\nEND:VCALENDAR' }], { prodId: 'p', dtstamp: NOW });
    const { events } = readIcs(ics);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('a;b,c\nEND:VCALENDAR');
  });
});

describe('CSV', () => {
  it('the phase table parses back to the estimate', () => {
    const estimate = estimateDuration({ ...TYPICAL_MEDIUM, startDate: '2026-03-02' });
    const csv = phaseTableCsv(estimate, LABELS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual(Object.values(LABELS.columns));
    estimate.phases.forEach((p, i) => {
      const r = rows[i + 1]!;
      expect(r[0]).toBe(LABELS.phase[p.id]);
      expect(Number(r[3])).toBe(p.likelyWeeks);
      expect(r[5]).toBe(p.startDate);
      expect(r[6]).toBe(p.endDate);
    });
    expect(rows[6]![0]).toBe('合计');
    expect(Number(rows[6]![3])).toBe(estimate.total.likelyWeeks);
    expect(rows[6]![6]).toBe(estimate.goLiveDate);
  });

  it('round-trips arbitrary text cells', () => {
    // A row of one empty cell is a blank line, which every CSV reader skips or keeps as it likes;
    // the exports never write one (each row names its phase), so it is left out here.
    const row = fc.array(fc.string(), { minLength: 1, maxLength: 4 }).filter((r) => r.length > 1 || r[0] !== '');
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const safe = rows.map((r) => r.map((c) => c.replace(/^[=+\-@\t\r]/, 'x')));
        expect(readCsv(toCsv(safe))).toEqual(safe);
      }),
    );
  });
});
