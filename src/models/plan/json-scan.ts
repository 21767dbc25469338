// Tells a cut-off JSON text from one that is not JSON at all, so the page can say "the file is
// incomplete" rather than "this is not a plan file". JSON.parse's own messages differ by engine.

/**
 * True when the text reads as the beginning of a JSON object or array that stops before it closes:
 * brackets still open, or the text ends inside a string. Assumes JSON.parse has already failed.
 */
export function looksTruncated(text: string): boolean {
  const body = text.trim();
  if (!body.startsWith('{') && !body.startsWith('[')) return false;
  const stack: string[] = [];
  let inString = false;
  let escaped = false;
  for (const ch of body) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') stack.push(ch);
    else if (ch === '}' || ch === ']') {
      const open = stack.pop();
      // A closer that does not match was never a prefix of valid JSON.
      if ((ch === '}' && open !== '{') || (ch === ']' && open !== '[')) return false;
      if (stack.length === 0) return false;
    }
  }
  return inString || stack.length > 0;
}
