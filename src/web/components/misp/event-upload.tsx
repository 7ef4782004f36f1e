/**
 * Dropping (or choosing) a MISP event file: it streams from disk to the node with a progress
 * bar, the node reads it attribute by attribute, and the import's report comes back — what was
 * converted, kept as notes or refused, and why.
 */
import { useQueryClient } from '@tanstack/react-query';
import type { Posted } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { FileSend, useFileSend } from '../file-send';
import { ProblemNote } from '../problem';
import { ImportReport } from './import-report';
import { IMPORTS_KEY } from './imports';

type Detail = Posted<'/api/misp/events'>;

export function EventUpload() {
  const t = useT();
  const client = useQueryClient();
  const send = useFileSend<Detail>(
    '/api/misp/events',
    (file) => ({ 'x-file-name': encodeURIComponent(file.name) }),
    // A refused file is recorded too: the list shows it either way.
    () => void client.invalidateQueries({ queryKey: IMPORTS_KEY }),
  );
  return (
    <div className="upload">
      <FileSend send={send} drop={t('misp.drop')} checking={t('misp.checking')} />
      <ProblemNote error={send.problem} />
      {send.result && <ImportReport detail={send.result} />}
    </div>
  );
}
