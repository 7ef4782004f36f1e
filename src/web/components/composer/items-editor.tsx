/** The data a request asks for, item by item: what it is, its category, whether it is personal data. */
import { Button } from 'react-aria-components';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { type Finding, type ItemRow, nextItemId } from '../../lib/composer';
import { Choice, Field, GroupLegend, Tick } from '../fields';
import { FindingList } from './review';

const CATEGORIES = ['subscriber', 'traffic', 'content', 'other'] as const;

export function ItemsEditor({
  value,
  onChange,
  required,
  source,
  findings,
}: {
  value: readonly ItemRow[];
  onChange(rows: ItemRow[]): void;
  required: boolean;
  source: string | undefined;
  findings: readonly Finding[];
}) {
  const t = useT();
  const update = (i: number, change: Partial<ItemRow>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <fieldset className="rows items" data-field="items">
      <GroupLegend label={t('composer.items')} required={required} />
      {source && (
        <p className="source" lang="en">
          {source}
        </p>
      )}
      {value.map((row, i) => (
        <div key={row.id} className="row item-row">
          <Field
            name={`item-${row.id}`}
            label={t('composer.itemDescription', { id: row.id })}
            value={row.description}
            onChange={(description) => update(i, { description })}
            multiline
            required
          />
          <Choice
            name={`item-category-${row.id}`}
            label={t('composer.itemCategory', { id: row.id })}
            options={CATEGORIES.map((c) => ({ id: c, label: term(t, 'dataCategory', c) }))}
            value={row.dataCategory || null}
            onChange={(c) => update(i, { dataCategory: c as ItemRow['dataCategory'] })}
          />
          <Tick
            label={t('composer.itemPersonal', { id: row.id })}
            checked={row.personalData}
            onChange={(personalData) => update(i, { personalData })}
          />
          <Button className="link-button" onPress={() => onChange(value.filter((_, j) => j !== i))}>
            {t('composer.removeItem', { id: row.id })}
          </Button>
        </div>
      ))}
      <Button
        className="secondary"
        onPress={() =>
          onChange([
            ...value,
            { id: nextItemId(value), description: '', dataCategory: '', personalData: false },
          ])
        }
      >
        {t('composer.addItem')}
      </Button>
      <FindingList findings={findings} compact />
    </fieldset>
  );
}
