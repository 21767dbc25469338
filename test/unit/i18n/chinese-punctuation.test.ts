// Chinese text takes full-width punctuation (，：；？！), as the guides and every tool do: a half-width
// comma or colon beside a Chinese character reads as a typo, in the page, the CSV and the calendar file.
import { describe, expect, it } from 'vitest';
import { strings as readiness } from '@/i18n/tools/readiness';
import { strings as duration } from '@/i18n/tools/duration';
import { strings as selection } from '@/i18n/tools/selection';
import { strings as kpi } from '@/i18n/tools/kpi';
import { strings as plan } from '@/i18n/tools/plan';
import ui from '@/i18n/ui/zh-cn';

const HALF_WIDTH_BESIDE_CHINESE = /[\u3400-\u9fff][,:;?!]|[,:;?!] ?[\u3400-\u9fff]/;

const dictionaries: [string, Record<string, string>][] = [
  ['readiness', readiness['zh-cn']],
  ['duration', duration['zh-cn']],
  ['selection', selection['zh-cn']],
  ['kpi', kpi['zh-cn']],
  ['plan', plan['zh-cn']],
  ['site', ui as Record<string, string>],
];

describe('Chinese punctuation', () => {
  it.each(dictionaries)('every zh-cn string of the %s dictionary uses full-width commas, colons and question marks', (_name, dict) => {
    expect(Object.keys(dict).length).toBeGreaterThan(10);
    const wrong = Object.entries(dict).filter(([, text]) => HALF_WIDTH_BESIDE_CHINESE.test(text)).map(([key, text]) => `${key}: ${text.slice(0, 60)}`);
    expect(wrong).toEqual([]);
  });

  it('the rule catches the half-width forms and lets numbers and English through', () => {
    expect(HALF_WIDTH_BESIDE_CHINESE.test('选择,估算结果会随之更新:')).toBe(true);
    expect(HALF_WIDTH_BESIDE_CHINESE.test('中型:100 至 999 人')).toBe(true);
    expect(HALF_WIDTH_BESIDE_CHINESE.test('中型：100 至 999 人，约 10:30')).toBe(false);
    expect(HALF_WIDTH_BESIDE_CHINESE.test('CRM, KPI: SMART?')).toBe(false);
  });
});
