import { describe, expect, it } from 'vitest';
import { focusableTables } from '../../../integrations/focusable-tables';

describe('content tables', () => {
  it('can take focus, so a table that scrolls sideways is reachable from the keyboard; tool tables are left alone', () => {
    expect(focusableTables('<div class="prose"><table><thead></thead></table></div>')).toBe('<div class="prose"><table tabindex="0"><thead></thead></table></div>');
    expect(focusableTables('<table class="dur-table"><caption>x</caption></table>')).toBe('<table class="dur-table"><caption>x</caption></table>');
  });
});
