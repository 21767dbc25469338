// Source file names to numbered references, at build time only: the content plugin and the dist
// check use it. Client code must not import this module (it would ship the names).
import { SOURCE_FILES } from '../site';
import { refFor, type Ref } from './sources';

/** A source file name as writers cite it: `004_0112ec1d79df2bcd.txt` (three digits, 16 hex). */
export const SOURCE_FILE_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b/g;

/** The reference for a cited file name; throws, naming it, when it is not one of SOURCE_FILES. */
export function fileRef(name: string, where = ''): Ref {
  if (!(SOURCE_FILES as readonly string[]).includes(name)) {
    throw new Error(`Citation of an unknown source file "${name}"${where ? ` in ${where}` : ''}; known: ${SOURCE_FILES.join(', ')}`);
  }
  return refFor(name.slice(0, 3), where);
}
