// Views stay small enough to read in one sitting: no function in an island or a component (a component,
// a hook, a handler, an inline callback) spans more than MAX_LINES lines. A longer one is doing several
// jobs; split it by what it does (a hook for state and effects, a presentational component, a helper).
// Parsed with the TypeScript compiler, so arrow functions and function expressions count as well.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const MAX_LINES = 120;
const ROOTS = ['src/islands', 'src/components'];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

function nameOf(node: ts.FunctionLikeDeclaration, sf: ts.SourceFile): string {
  if (node.name) return node.name.getText(sf);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText(sf);
  if (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent)) return `${parent.parent.name.getText(sf)}={…}`;
  if (ts.isCallExpression(parent)) return `callback of ${parent.expression.getText(sf).slice(0, 40)}`;
  return '(anonymous)';
}

/** Every function in a file whose body spans more than MAX_LINES lines, as "file:line name (n lines)". */
function oversized(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const fn = node as ts.FunctionLikeDeclaration;
      const body = fn.body!;
      const first = sf.getLineAndCharacterOfPosition(body.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(body.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_LINES) found.push(`${relative('.', file)}:${first + 1} ${nameOf(fn, sf)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('function size in islands and components', () => {
  const all = ROOTS.flatMap(files);

  it('finds the views', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it(`no function spans more than ${MAX_LINES} lines`, () => {
    expect(all.flatMap(oversized)).toEqual([]);
  });
});
