/**
 * Every MISP import, newest first — uploads, API calls, feed pulls, the command line — with
 * how its attributes fared; opening one shows its report below the table.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { api, call } from '../../api/client';
import type { Get } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { formatCount, formatInstant } from '../../lib/format';
import { ProblemNote } from '../problem';
import { ImportReport } from './import-report';

export const IMPORTS_KEY = ['misp', 'imports'];

type Row = Get<'/api/misp/imports'>[number];

const VIA = {
  upload: 'misp.via.upload',
  api: 'misp.via.api',
  feed: 'misp.via.feed',
  cli: 'misp.via.cli',
} as const;

export function Imports() {
  const t = useT();
  const imports = useQuery({ queryKey: IMPORTS_KEY, queryFn: () => call(api.GET('/api/misp/imports')) });
  const [open, setOpen] = useState<string | null>(null);
  if (imports.error) return <ProblemNote error={imports.error} />;
  if (!imports.data) return <p>{t('shell.loading')}</p>;
  if (imports.data.length === 0) return <p className="empty">{t('misp.noImports')}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="table misp-imports">
          <caption className="visually-hidden">{t('misp.imports')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('misp.when')}</th>
              <th scope="col">{t('misp.event')}</th>
              <th scope="col">{t('misp.via')}</th>
              <th scope="col">{t('misp.attributes')}</th>
              <th scope="col">{t('misp.converted')}</th>
              <th scope="col">{t('misp.keptAsNotes')}</th>
              <th scope="col">{t('misp.refusedColumn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('misp.report')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {imports.data.map((row) => (
              <ImportRow key={row.id} row={row} open={open === row.id} onOpen={() => setOpen(row.id)} />
            ))}
          </tbody>
        </table>
      </div>
      {open && <OpenReport id={open} />}
    </>
  );
}

function ImportRow({ row, open, onOpen }: { row: Row; open: boolean; onOpen: () => void }) {
  const t = useT();
  const locale = useLocale();
  return (
    <tr aria-current={open ? 'true' : undefined}>
      <th scope="row">{formatInstant(locale, row.finishedAt)}</th>
      <td>
        {row.status === 'refused' ? (
          <span className="problem-text">{t('misp.refusedShort')}</span>
        ) : (
          <bdi>{row.eventInfo}</bdi>
        )}
        <div className="muted">
          <bdi dir="ltr">{row.source}</bdi>
        </div>
      </td>
      <td>{t(VIA[row.via])}</td>
      <td>{formatCount(locale, row.attributes)}</td>
      <td>{formatCount(locale, row.converted)}</td>
      <td>{formatCount(locale, row.keptAsNotes)}</td>
      <td>{formatCount(locale, row.refused)}</td>
      <td>
        <Button className="secondary small" onPress={onOpen}>
          {t('misp.openReport')}
          <span className="visually-hidden"> {row.eventInfo ?? row.source}</span>
        </Button>
      </td>
    </tr>
  );
}

function OpenReport({ id }: { id: string }) {
  const t = useT();
  const detail = useQuery({
    queryKey: [...IMPORTS_KEY, id],
    queryFn: () => call(api.GET('/api/misp/imports/{id}', { params: { path: { id } } })),
  });
  if (detail.error) return <ProblemNote error={detail.error} />;
  if (!detail.data) return <p>{t('shell.loading')}</p>;
  return <ImportReport detail={detail.data} />;
}
