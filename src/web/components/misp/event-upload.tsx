/**
 * Dropping (or choosing) a MISP event file: it streams from disk to the node with a progress
 * bar, the node reads it attribute by attribute, and the import's report comes back — what was
 * converted, kept as notes or refused, and why.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DropZone, FileTrigger, Label, ProgressBar, Text } from 'react-aria-components';
import { sendFile } from '../../api/send-file';
import type { Posted } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { formatBytes } from '../../lib/format';
import { ProblemNote } from '../problem';
import { ImportReport } from './import-report';
import { IMPORTS_KEY } from './imports';

type Detail = Posted<'/api/misp/events'>;

export function EventUpload() {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const [phase, setPhase] = useState<'idle' | 'sending' | 'checking' | 'done'>('idle');
  const [report, setReport] = useState<Detail | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  const start = async (chosen: File) => {
    setFile(chosen);
    setSent(0);
    setReport(null);
    setProblem(null);
    setPhase('sending');
    try {
      const result = await sendFile<Detail>(
        '/api/misp/events',
        chosen,
        (n) => {
          setSent(n);
          if (n >= chosen.size) setPhase('checking');
        },
        { 'x-file-name': encodeURIComponent(chosen.name) },
      );
      setReport(result);
    } catch (error) {
      setProblem(error);
    }
    setPhase('done');
    // A refused file is recorded too: the list shows it either way.
    void client.invalidateQueries({ queryKey: IMPORTS_KEY });
  };
  const busy = phase === 'sending' || phase === 'checking';

  return (
    <div className="upload">
      <DropZone
        className="drop-zone"
        isDisabled={busy}
        getDropOperation={() => 'copy'}
        onDrop={async (e) => {
          const item = e.items.find((i) => i.kind === 'file');
          if (item && item.kind === 'file') void start(await item.getFile());
        }}
      >
        <Text slot="label">{t('misp.drop')}</Text>
        <FileTrigger
          acceptedFileTypes={['application/json', '.json']}
          onSelect={(files) => {
            const chosen = files?.[0];
            if (chosen) void start(chosen);
          }}
        >
          <Button className="secondary" isDisabled={busy}>
            {t('bundle.choose')}
          </Button>
        </FileTrigger>
      </DropZone>
      {file && phase !== 'idle' && (
        <ProgressBar
          value={phase === 'sending' ? sent : file.size}
          maxValue={file.size || 1}
          isIndeterminate={phase === 'checking'}
          className="progress"
        >
          {({ percentage }) => (
            <>
              <Label>{t('bundle.progress', { name: file.name })}</Label>
              <span className="progress-value">
                {phase === 'checking'
                  ? t('misp.checking')
                  : t('upload.amount', {
                      done: formatBytes(locale, sent),
                      size: formatBytes(locale, file.size),
                      percent: Math.round(percentage ?? 0),
                    })}
              </span>
              <div className="progress-track">
                <div
                  className={`progress-fill ${phase === 'checking' ? 'pulsing' : ''}`}
                  style={{ width: `${phase === 'checking' ? 100 : (percentage ?? 0)}%` }}
                />
              </div>
            </>
          )}
        </ProgressBar>
      )}
      <ProblemNote error={problem} />
      {report && <ImportReport detail={report} />}
    </div>
  );
}
