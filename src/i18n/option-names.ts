// What the selection matrix calls an option, wherever it is named: on the page, in a comparison of two
// scenarios, in a file. Options are lettered A-F by position; the letters tie the chart, tables and inputs
// together. An option the visitor has not named takes its preset label, else "Option <letter>".
import { fill } from './format';

export const optionLetter = (index: number) => String.fromCharCode(65 + index);

export function optionDisplayName(
  strings: Readonly<Record<string, string>>,
  option: { id: string; label?: string | null },
  index: number,
): string {
  return option.label ?? strings[`option.${option.id}.label`] ?? fill(strings['options.newName'] ?? '', { letter: optionLetter(index) });
}
