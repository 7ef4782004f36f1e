/** The items a request asks for, each with its data category and where it stands. */
import type { RequestState } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';

export function Items({ state }: { state: RequestState }) {
  const t = useT();
  if (state.items.length === 0) return <p className="empty">{t('items.none')}</p>;
  const done = state.items.filter((i) => i.status !== 'pending').length;
  return (
    <>
      <p className="muted">{t('items.progress', { done, total: state.items.length })}</p>
      <table className="table">
        <caption className="visually-hidden">{t('request.items')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('items.id')}</th>
            <th scope="col">{t('items.description')}</th>
            <th scope="col">{t('items.category')}</th>
            <th scope="col">{t('items.status')}</th>
            <th scope="col">{t('items.note')}</th>
          </tr>
        </thead>
        <tbody>
          {state.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <code>{item.id}</code>
              </th>
              <td className="prose">{item.description}</td>
              <td>
                {item.dataCategory ? term(t, 'dataCategory', item.dataCategory) : '—'}
                {item.personalData ? <span className="tag">{t('items.personalData')}</span> : null}
              </td>
              <td>
                <span className={`item-status ${item.status}`}>{term(t, 'item', item.status)}</span>
              </td>
              <td className="prose">
                {item.ground ? <code>{item.ground}</code> : null} {item.reasons ?? item.note ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
