// Two versions side by side. Each row is one point compared; a row that differs is marked with a
// word ("Differs"), not only a colour, and the caption says how many differ.
import type { Comparison } from '@/stores/adapters/types';
import { compareSections } from './compare-rows';
import type { ScnText } from './text';

interface Props {
  comparisons: readonly Comparison[];
  dict: Readonly<Record<string, string>>;
  text: ScnText;
  labels: { a: string; b: string };
  onClose?: () => void;
}

export function CompareView({ comparisons, dict, text, labels, onClose }: Props) {
  const { t } = text;
  const sections = compareSections(comparisons, dict, text);
  const rows = sections.flatMap((s) => s.rows);
  const differing = rows.filter((r) => r.differs).length;
  const several = sections.length > 1;
  return (
    <section class="scn-compare" aria-labelledby="scn-compare-title" data-testid="compare">
      <h3 id="scn-compare-title">{t('cmp.heading')}</h3>
      <p data-testid="compare-summary">{differing ? t('cmp.summary', { count: differing, total: rows.length }) : t('cmp.summarySame')}</p>
      {sections.map((section) => (
        <div class="table-wrap" key={section.tool} tabIndex={0} role="region" aria-label={several ? t(`tool.${section.tool}`) : t('cmp.caption', labels)}>
          <table class="scn-table">
            <caption>{several ? t(`tool.${section.tool}`) : t('cmp.caption', labels)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cmp.item')}</th>
                <th scope="col">{labels.a}</th>
                <th scope="col">{labels.b}</th>
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row, i) => (
                <tr key={i} class={row.differs ? 'scn-differs' : undefined} data-differs={row.differs ? 'true' : undefined}>
                  <th scope="row">
                    {row.label}
                    {row.differs && (
                      <>
                        {' '}
                        <span class="badge warn">{t('cmp.differs')}</span>
                      </>
                    )}
                  </th>
                  <td>{row.a}</td>
                  <td>{row.b}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {onClose && (
        <p>
          <button type="button" class="btn secondary" onClick={onClose} data-action="close-compare">
            {t('cmp.close')}
          </button>
        </p>
      )}
    </section>
  );
}
