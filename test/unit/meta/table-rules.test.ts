// The table rules the built-page test applies fire on the patterns the outside checkers report, and
// only on them.
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { tableRules } from '../../e2e/support/table-rules';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    plugins: [tableRules],
    rules: { 'crmpb/header-cell-role': 'error', 'crmpb/colgroup-scope': 'error', 'crmpb/table-caption': 'error' },
  }),
);
const problems = async (html: string) =>
  (await validator.validateString(html)).results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
const HEAD = '<thead><tr><th scope="col">A</th></tr></thead>';

describe('table rules', () => {
  it('accept a captioned table with native header cells, row groups and real column groups', async () => {
    expect(await problems(`<table><caption>Sheet</caption>${HEAD}<tbody><tr><th scope="rowgroup">Short term</th></tr><tr><th scope="row">X</th></tr></tbody></table>`)).toEqual([]);
    expect(await problems('<table><caption>Cost</caption><colgroup></colgroup><colgroup span="2"></colgroup><thead><tr><td></td><th scope="colgroup" colspan="2">A</th></tr></thead></table>')).toEqual([]);
    expect(await problems('<table role="presentation"><tr><td>layout</td></tr></table>')).toEqual([]);
  });

  it('reject a td posing as a header, a column-group scope without column groups, and a missing or empty caption', async () => {
    expect(await problems(`<table><caption>S</caption>${HEAD}<tbody><tr><td role="rowheader">X</td></tr></tbody></table>`)).toEqual([
      'crmpb/header-cell-role: <td role="rowheader">: use <th scope="row">',
    ]);
    expect(await problems(`<table><caption>S</caption><tbody><tr><th scope="colgroup">Short term</th></tr></tbody></table>`)).toEqual([
      expect.stringMatching(/^crmpb\/colgroup-scope: /),
    ]);
    expect(await problems(`<table>${HEAD}</table>`)).toEqual(['crmpb/table-caption: data table without a <caption>']);
    expect(await problems(`<table><caption> </caption>${HEAD}</table>`)).toEqual(['crmpb/table-caption: empty <caption>']);
  });
});
