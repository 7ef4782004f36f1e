/** A value typed into a request, shown as text whatever it holds (never as markup). */
import { useT } from '../../i18n/i18n';

export function FieldValue({ value }: { value: unknown }) {
  const t = useT();
  if (value === undefined || value === null || value === '') return <span className="muted">—</span>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (Array.isArray(value))
    return (
      <ul className="plain">
        {value.map((v, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a stored list shown as it is; its order is its identity
          <li key={i}>{typeof v === 'string' ? v : JSON.stringify(v)}</li>
        ))}
      </ul>
    );
  if (typeof value === 'object') return <code className="prose">{JSON.stringify(value)}</code>;
  return <span className="prose">{String(value)}</span>;
}
