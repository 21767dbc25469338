// Each option's four prices: as fields on screen, and as plain figures on paper.
import { PRICE_FIELDS, type MatrixInput, type PriceField, type TcoInput } from '@/models/matrix';
import { fieldKey, type Draft } from '@/stores/selection';
import { Field } from '../Field';
import { letter, type Text } from '../text';
import { nameOf, optionHeading } from '../verdict';
import { PRICE_KEYS } from './labels';

interface EditProps {
  text: Text;
  matrix: MatrixInput;
  input: TcoInput;
  drafts: Record<string, Draft>;
  onPrice: (option: string, field: PriceField, raw: string) => void;
  onSettle: (key: string) => void;
}

export function PriceFields({ text, matrix, input, drafts, onPrice, onSettle }: EditProps) {
  return (
    <div class="table-wrap tool-form">
      <table class="sel-prices">
        <caption class="visually-hidden">{text.t('cost.heading')}</caption>
        <thead>
          <tr>
            <td />
            {matrix.options.map((o, i) => (
              <th scope="col" key={o.id}>
                <span class={`sel-letter sel-o${i}`} aria-hidden="true">
                  {letter(i)}
                </span>{' '}
                {nameOf(text, matrix, o.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PRICE_FIELDS.map((f) => (
            <tr key={f}>
              <th scope="row">
                {text.t(PRICE_KEYS[f].label)}
                <span class="help sel-help">{text.t(PRICE_KEYS[f].help)}</span>
              </th>
              {input.options.map((o) => {
                const key = fieldKey.price(o.id, f);
                const draft = drafts[key];
                return (
                  <td key={o.id}>
                    <Field
                      id={`sel-p-${o.id}-${f}`}
                      className="sel-price"
                      size={9}
                      ariaLabel={`${nameOf(text, matrix, o.id)}: ${text.t(PRICE_KEYS[f].label)}`}
                      value={String(o[f])}
                      draft={draft}
                      error={draft?.code ? text.errorText(draft.code, 'price') : null}
                      onInput={(raw) => onPrice(o.id, f, raw)}
                      onBlur={() => onSettle(key)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PrintedPrices({ text, matrix, input }: { text: Text; matrix: MatrixInput; input: TcoInput }) {
  return (
    <div class="sel-print-only sel-print-inputs">
      <table class="sel-print-prices">
        <caption class="sel-caption">{text.t('print.costInputs', { users: text.num(input.users), years: input.years })}</caption>
        <thead>
          <tr>
            <td />
            {matrix.options.map((o) => (
              <th scope="col" class="num" key={o.id}>
                {optionHeading(text, matrix, o.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PRICE_FIELDS.map((f) => (
            <tr key={f}>
              <th scope="row">{text.t(PRICE_KEYS[f].label)}</th>
              {input.options.map((o) => (
                <td class="num" key={o.id}>
                  {text.money(o[f])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
