// The KPI sheet's CSV uses the site's one CSV writer and reader.
export { csvCell, toCsv, parseCsv, type Cell } from '@/lib/csv';
