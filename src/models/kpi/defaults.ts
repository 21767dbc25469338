import { addMonths } from '@/models/calendar';
import type { KpiSheet } from './sheet';

// The example sheet shown before the visitor has built one (and rendered at build time for readers
// without JavaScript). The figures are 002's and 003's example targets on plausible baselines; the
// owner, data source and goal are sentences, so the page supplies them in its language by key.

export type ExampleTextKey =
  | 'example.owner.sales'
  | 'example.owner.service'
  | 'example.owner.admin'
  | 'example.source.crm-pipeline'
  | 'example.source.crm-tickets'
  | 'example.source.crm-audit'
  | 'example.goal.sales'
  | 'example.goal.service'
  | 'example.goal.adoption';

export function exampleSheet(today: string, text: (key: ExampleTextKey) => string): KpiSheet {
  return {
    pains: ['opaque-pipeline', 'slow-service', 'low-adoption'],
    customKpis: [],
    rows: [
      {
        uid: 'example-1',
        kpiId: 'data-entry-accuracy',
        baseline: '80',
        target: '95',
        deadline: addMonths(today, 3),
        owner: text('example.owner.admin'),
        dataSource: text('example.source.crm-audit'),
        goal: text('example.goal.adoption'),
        cadence: 'weekly',
      },
      {
        uid: 'example-2',
        kpiId: 'lead-conversion-rate',
        baseline: '20',
        target: '23',
        deadline: addMonths(today, 12),
        owner: text('example.owner.sales'),
        dataSource: text('example.source.crm-pipeline'),
        goal: text('example.goal.sales'),
        cadence: 'monthly',
      },
      {
        uid: 'example-3',
        kpiId: 'first-contact-resolution',
        baseline: '70',
        target: '85',
        deadline: addMonths(today, 12),
        owner: text('example.owner.service'),
        dataSource: text('example.source.crm-tickets'),
        goal: text('example.goal.service'),
        cadence: 'monthly',
      },
      {
        uid: 'example-4',
        kpiId: 'csat',
        baseline: '70',
        target: '80',
        deadline: addMonths(today, 18),
        owner: text('example.owner.service'),
        dataSource: text('example.source.crm-tickets'),
        goal: text('example.goal.service'),
        cadence: 'quarterly',
      },
    ],
  };
}
