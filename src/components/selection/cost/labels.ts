// Which dictionary entries name each price field and each part of the cost breakdown.
import type { PriceField, TcoBreakdown } from '@/models/matrix';
import type { SelectionKey } from '@/i18n/tools/selection';

export const PRICE_KEYS: Record<PriceField, { label: SelectionKey; help: SelectionKey; short: SelectionKey }> = {
  licensePerUserPerMonth: { label: 'cost.license', help: 'cost.licenseHelp', short: 'cost.licences' },
  implementation: { label: 'cost.implementation', help: 'cost.implementationHelp', short: 'cost.implementationShort' },
  annualMaintenance: { label: 'cost.maintenance', help: 'cost.maintenanceHelp', short: 'cost.maintenanceShort' },
  trainingPerUser: { label: 'cost.training', help: 'cost.trainingHelp', short: 'cost.trainingShort' },
};

export const BREAKDOWN: { key: keyof TcoBreakdown; label: SelectionKey }[] = [
  { key: 'licenses', label: 'cost.licences' },
  { key: 'implementation', label: 'cost.implementationShort' },
  { key: 'maintenance', label: 'cost.maintenanceShort' },
  { key: 'training', label: 'cost.trainingShort' },
];
