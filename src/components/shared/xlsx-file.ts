// Builds an .xlsx in the browser and hands it to the one download helper. This module and the
// spreadsheet library (write-excel-file, about 20 KB gzip) load only when a visitor asks for a
// workbook: callers reach it with import() from the click handler.
import writeXlsxFile from 'write-excel-file/browser';

// The writer's file-content type in the browser build (its options are typed by it).
type BrowserFile = File | Blob | ArrayBuffer;
import type { XlsxSheet } from '@/lib/xlsx-sheet';
import { libraryOptions, toLibrarySheets, XLSX_TYPE } from '@/lib/xlsx-write';
import { download } from './download';

export async function downloadXlsx(name: string, sheets: readonly XlsxSheet[]): Promise<void> {
  const blob = await writeXlsxFile(toLibrarySheets(sheets), libraryOptions<BrowserFile>(sheets)).toBlob();
  download(name, XLSX_TYPE, blob);
}
