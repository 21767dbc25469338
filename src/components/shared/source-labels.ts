// The accessible names of source references (one locale's SOURCE_LABEL), handed over by each island
// as it renders and read by <Cited>. Apart from Cited itself, so an island whose references only
// appear in parts it loads later (the duration warnings) does not load Cited up front.
let labels: Readonly<Record<string, string>> | undefined;

/**
 * This locale's source labels, for the accessible names of the references that follow. An island
 * calls it at the top of its render; rendering is synchronous, so every <Cited> below sees them.
 */
export function provideSourceLabels(value: Readonly<Record<string, string>> | undefined): void {
  labels = value;
}

export function sourceLabel(id: string): string | undefined {
  return labels?.[id];
}
