// Readers for the chart images the site exports: SVG through an independent XML parser
// (fast-xml-parser), PNG by its signature and header chunk (the PNG specification's first bytes).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Every text of an SVG (<text> and <title> contents), after checking the file is well-formed XML. */
export function svgTexts(svg: string): { texts: string[]; root: Record<string, unknown> } {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`SVG is not well-formed: ${JSON.stringify(valid)}`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(svg) as Record<string, unknown>;
  const texts: string[] = [];
  const walk = (node: unknown, inText: boolean): void => {
    if (node === null || node === undefined) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inText));
    if (typeof node !== 'object') {
      if (inText) texts.push(String(node));
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('@')) continue;
      if (k === 'text' || k === 'title' || k === 'tspan') walk(v, true);
      else if (k === '#text') walk(v, inText);
      else walk(v, false);
    }
  };
  walk(doc, false);
  return { texts: texts.map((t) => t.trim()).filter(Boolean), root: doc['svg'] as Record<string, unknown> };
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG: bad signature');
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`not a PNG: first chunk is ${type}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
