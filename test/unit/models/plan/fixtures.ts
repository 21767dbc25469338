// Plans used across the plan model's tests.
import { DEFAULT_DURATION_INPUT } from '@/models/duration';
import { CRITERIA, parseSelectionState, type SelectionState } from '@/models/matrix';
import { BEST_ANSWERS, EXAMPLE_ANSWERS, WORST_ANSWERS, type ReadinessAnswers } from '@/models/readiness';
import { KPI_CATALOG, type KpiSheet } from '@/models/kpi';
import { DEFAULT_PROFILE } from '@/models/profile';
import { EMPTY_PLAN, examplePlan, type PlanState } from '@/models/plan';

export const EXAMPLE = examplePlan({ companyName: '示例贸易有限公司', industry: '批发零售', kpi: (key) => `text:${key}` });

export const TODAY = '2026-03-02';

/** Every tool filled to the brim with realistic Chinese text: the share link must still be short. */
export function fullPlan(): PlanState {
  const labels = ['纷享销客 标准版', '简道云 低代码', '销售易 专业版', 'Zoho CRM Enterprise', '自建核心 + 外购模块', 'HubSpot Sales Hub'];
  const ids = ['saas', 'lowcode', 'option-3', 'option-4', 'option-5', 'option-6'];
  const selection = parseSelectionState({
    preset: 'large-integrated',
    matrix: {
      weights: Object.fromEntries(CRITERIA.map((c, i) => [c.id, 5 + ((i * 7) % 17)])),
      options: ids.map((id, o) => ({ id, label: labels[o], scores: Object.fromEntries(CRITERIA.map((c, i) => [c.id, 1 + ((i + o * 3) % 5)])) })),
    },
    tco: {
      users: 350,
      years: 5,
      options: ids.map((id, o) => ({ id, licensePerUserPerMonth: 120 + o * 37, implementation: 80_000 + o * 45_000, annualMaintenance: 12_000 + o * 3_000, trainingPerUser: 300 + o * 50 })),
    },
  }) as SelectionState;
  const owners = ['销售运营部 张经理', '客户服务中心 李主管', '市场部 王总监', 'IT 信息中心 赵工'];
  const sources = ['CRM 商机漏斗报表（每月导出）', '客服工单系统与 CRM 工单模块', '市场活动台账与 CRM 线索来源字段', 'CRM 数据质量抽查记录'];
  const goals = ['提升新客户转化，年度销售额增长 20%', '缩短客户等待时间，减少投诉', '把市场预算花在带来成交的渠道上', '让一线员工每天在 CRM 中记录客户往来'];
  const kpi: KpiSheet = {
    pains: ['opaque-pipeline', 'slow-service', 'untracked-campaigns', 'low-adoption', 'customer-churn'],
    customKpis: [],
    rows: KPI_CATALOG.map((def, i) => ({
      uid: `row-${i + 1}`,
      kpiId: def.id,
      baseline: String(20 + i),
      target: String(def.direction === 'increase' ? 30 + i : 10 + i),
      deadline: `2027-0${1 + (i % 9)}-15`,
      owner: owners[i % 4]!,
      dataSource: sources[i % 4]!,
      goal: goals[i % 4]!,
      cadence: (['weekly', 'monthly', 'quarterly'] as const)[i % 3]!,
    })),
  };
  return {
    profile: { version: 1, companyName: '华东精密制造股份有限公司（苏州工业园区分公司）', companySize: 'large', industry: '精密机械制造与售后服务', employees: 1850, plannedStart: '2026-05-11', currentTools: ['spreadsheets', 'erp', 'crm'] },
    readiness: { ...(BEST_ANSWERS as ReadinessAnswers), budget: 'partial', plannedStart: '2026-05-11' },
    duration: { ...DEFAULT_DURATION_INPUT, companySize: 'large', complexity: 4, digitalMaturity: 2, vendorSupport: 4, internalCommitment: 5, deployment: 'hybrid', platform: 'saas', integrations: 7, switchingVendor: true, agile: true, startDate: '2026-05-11' },
    selection,
    kpi,
  };
}

export const EMPTY: PlanState = { ...EMPTY_PLAN, profile: { ...DEFAULT_PROFILE } };

/**
 * The brief's length test: a 60-person manufacturer that used every tool, with six KPIs (two per
 * horizon from BRIEF_TODAY), four options on its own weights and real prices, every readiness answer at
 * its worst and a December start (so the check raises every red flag that can be raised at once).
 */
export const BRIEF_TODAY = '2026-11-16';
export function briefPlan(): PlanState {
  const weights = {
    'process-fit': 12, extensibility: 4, integration: 8, 'time-to-value': 14, 'total-cost': 16,
    'vendor-support': 12, usability: 16, 'security-compliance': 8, 'local-ecosystem': 6, 'data-control': 4,
  };
  const options = [
    { id: 'saas', label: '纷享销客 标准版', base: 4 },
    { id: 'lowcode', label: '简道云 低代码', base: 3 },
    { id: 'option-3', label: '销售易 专业版', base: 3 },
    { id: 'option-4', label: '自建核心 + 外购模块', base: 2 },
  ];
  const selection = parseSelectionState({
    preset: 'small-standard',
    matrix: {
      weights,
      options: options.map((o, k) => ({ id: o.id, label: o.label, scores: Object.fromEntries(CRITERIA.map((c, i) => [c.id, Math.min(5, Math.max(1, o.base + ((i + k) % 3) - 1))])) })),
    },
    tco: {
      users: 40,
      years: 3,
      options: options.map((o, k) => ({ id: o.id, licensePerUserPerMonth: [150, 90, 200, 0][k]!, implementation: [60_000, 90_000, 80_000, 260_000][k]!, annualMaintenance: [8_000, 12_000, 10_000, 40_000][k]!, trainingPerUser: [300, 400, 300, 600][k]! })),
    },
  }) as SelectionState;
  const row = (i: number, kpiId: string, baseline: number, target: number, deadline: string, owner: string, dataSource: string, goal: string) => ({
    uid: `row-${i}`, kpiId, baseline: String(baseline), target: String(target), deadline, owner, dataSource, goal, cadence: 'monthly' as const,
  });
  const kpi: KpiSheet = {
    pains: ['opaque-pipeline', 'slow-service', 'low-adoption'],
    customKpis: [],
    rows: [
      row(1, 'active-user-rate', 40, 60, '2027-02-15', '信息部 赵工', 'CRM 登录日志', '让销售每天在 CRM 中记录客户往来'),
      row(2, 'data-entry-accuracy', 70, 85, '2027-02-15', '销售运营 张经理', 'CRM 数据质量抽查', '客户资料完整准确'),
      row(3, 'lead-conversion-rate', 12, 14, '2027-09-30', '销售部 王总监', 'CRM 商机漏斗报表', '提升新客户转化'),
      row(4, 'response-time-hours', 24, 12, '2027-06-30', '客服中心 李主管', '客服工单系统', '缩短客户等待时间'),
      row(5, 'csat', 75, 85, '2028-06-30', '客服中心 李主管', '季度客户满意度调查', '提高客户满意度'),
      row(6, 'sales-growth-rate', 5, 12, '2028-06-30', '总经理 陈总', '财务月报', '年度销售额稳步增长'),
    ],
  };
  return {
    profile: { version: 1, companyName: '苏州华东精密机械有限公司', companySize: 'medium', industry: '机械制造', employees: 60, plannedStart: '2026-12-07', currentTools: ['spreadsheets', 'erp'] },
    readiness: { ...(WORST_ANSWERS as ReadinessAnswers), plannedStart: '2026-12-07' },
    duration: { ...DEFAULT_DURATION_INPUT, companySize: 'medium', complexity: 3, digitalMaturity: 2, vendorSupport: 3, internalCommitment: 1, integrations: 4, expanding: true, keyStaffTurnover: true, agile: true, startDate: '2026-12-07' },
    selection,
    kpi,
  };
}

/**
 * The brief's company as a QA pass filled it in: the tools disagree (the readiness check says steady
 * growth, low turnover and commitment level 4; the estimator assumed rapid expansion, a turnover peak,
 * commitment 2 and a no-code platform while the matrix has the SaaS product ahead), costs over five
 * years, and a customer-satisfaction target that is only a stretch.
 */
export const CONFLICT_START = '2027-03-01';
export function conflictPlan(): PlanState {
  const plan = briefPlan();
  return {
    ...plan,
    profile: { ...plan.profile, plannedStart: CONFLICT_START },
    readiness: { ...EXAMPLE_ANSWERS, plannedStart: CONFLICT_START },
    duration: { ...plan.duration!, startDate: CONFLICT_START, expanding: true, keyStaffTurnover: true, platform: 'lowCode', internalCommitment: 2 },
    selection: { ...plan.selection!, tco: { ...plan.selection!.tco, years: 5 } },
    kpi: { ...plan.kpi!, rows: plan.kpi!.rows.map((row) => (row.kpiId === 'csat' ? { ...row, target: '92', deadline: '2027-12-31' } : row)) },
  };
}

/** conflictPlan with every answer the tools can disagree on in dispute: the estimator also starts a month later, for a large company. */
export function everyConflictPlan(): PlanState {
  const plan = conflictPlan();
  return { ...plan, duration: { ...plan.duration!, startDate: '2027-04-05', companySize: 'large' } };
}
