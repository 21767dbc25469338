// html-validate rules for what independent checkers report on data tables and html-validate's own
// rules do not: the W3C Nu HTML Checker rejects role="rowheader" on a <td> (a <th scope="row"> says
// the same natively), and HTML_CodeSniffer (pa11y) rejects scope="colgroup" in a table with no
// <colgroup> and a data table without a <caption>. Neither checker runs here (one needs Java, the
// other a browser per page), so the built pages are held to these patterns instead.
import { Rule, type DOMReadyEvent, type HtmlElement, type Plugin } from 'html-validate';

const HEADER_ROLES = new Set(['rowheader', 'columnheader']);

/** A table read as layout, not data: no check applies. */
const isLayoutTable = (table: HtmlElement) => ['presentation', 'none'].includes(String(table.getAttributeValue('role') ?? ''));

class HeaderCellRole extends Rule {
  documentation() {
    return { description: 'A header cell is a <th> with scope, not a <td> with a header role.' };
  }
  setup() {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      for (const td of event.document.querySelectorAll('td[role]')) {
        const role = String(td.getAttributeValue('role'));
        if (HEADER_ROLES.has(role)) this.report(td, `<td role="${role}">: use <th scope="${role === 'rowheader' ? 'row' : 'col'}">`);
      }
    });
  }
}

class ColgroupScope extends Rule {
  documentation() {
    return { description: 'scope="colgroup" names a column group, so the table must have <colgroup> elements.' };
  }
  setup() {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      for (const table of event.document.querySelectorAll('table')) {
        if (table.querySelector('colgroup')) continue;
        for (const th of table.querySelectorAll('th[scope="colgroup"]')) {
          this.report(th, 'scope="colgroup" in a table without <colgroup>: add the column groups, or use scope="rowgroup" for a heading over a <tbody>');
        }
      }
    });
  }
}

class TableCaption extends Rule {
  documentation() {
    return { description: 'Every data table has a <caption> (it may be visually hidden).' };
  }
  setup() {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      for (const table of event.document.querySelectorAll('table')) {
        if (isLayoutTable(table)) continue;
        const caption = table.childElements.find((c) => c.is('caption'));
        if (!caption) this.report(table, 'data table without a <caption>');
        else if (!caption.textContent.trim()) this.report(caption, 'empty <caption>');
      }
    });
  }
}

export const tableRules: Plugin = {
  name: 'crmpb-tables',
  rules: {
    'crmpb/header-cell-role': HeaderCellRole,
    'crmpb/colgroup-scope': ColgroupScope,
    'crmpb/table-caption': TableCaption,
  },
};

/** Global html-validate configuration that turns the three rules on. */
export const tableRulesConfig = {
  plugins: [tableRules],
  rules: { 'crmpb/header-cell-role': 'error', 'crmpb/colgroup-scope': 'error', 'crmpb/table-caption': 'error' },
} as const;
