/**
 * A JSON file dropped or chosen and sent to the node: the drop zone, the file chooser, and a
 * progress bar while the file streams from disk (never read whole into the page) and then while
 * the node reads it. `useFileSend` holds the state; `FileSend` draws it. The node's answer, or
 * its problem, is the caller's to show.
 */
import { useState } from 'react';
import { Button, DropZone, FileTrigger, Label, ProgressBar, Text } from 'react-aria-components';
import { sendFile } from '../api/send-file';
import { useLocale, useT } from '../i18n/i18n';
import { formatBytes } from '../lib/format';

type Phase = 'idle' | 'sending' | 'checking' | 'done';

export interface FileSendState<T> {
  readonly file: File | null;
  readonly sent: number;
  readonly phase: Phase;
  readonly result: T | null;
  readonly problem: unknown;
  readonly busy: boolean;
  start(file: File): Promise<void>;
}

/** Sends a chosen file to `url`; `settled` runs after the answer (or the problem) is in. */
export function useFileSend<T>(
  url: string,
  headers: (file: File) => Record<string, string>,
  settled: (result: T | null) => void,
): FileSendState<T> {
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const [phase, setPhase] = useState<Phase>('idle');
  const [result, setResult] = useState<T | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const start = async (chosen: File) => {
    setFile(chosen);
    setSent(0);
    setResult(null);
    setProblem(null);
    setPhase('sending');
    let answer: T | null = null;
    try {
      answer = await sendFile<T>(
        url,
        chosen,
        (n) => {
          setSent(n);
          if (n >= chosen.size) setPhase('checking');
        },
        headers(chosen),
      );
      setResult(answer);
    } catch (error) {
      setProblem(error);
    }
    setPhase('done');
    settled(answer);
  };
  return { file, sent, phase, result, problem, busy: phase === 'sending' || phase === 'checking', start };
}

export function FileSend<T>({
  send,
  drop,
  checking,
}: {
  send: FileSendState<T>;
  drop: string;
  checking: string;
}) {
  const t = useT();
  const locale = useLocale();
  const { file, sent, phase, busy } = send;
  return (
    <>
      <DropZone
        className="drop-zone"
        isDisabled={busy}
        getDropOperation={() => 'copy'}
        onDrop={async (e) => {
          const item = e.items.find((i) => i.kind === 'file');
          if (item && item.kind === 'file') void send.start(await item.getFile());
        }}
      >
        <Text slot="label">{drop}</Text>
        <FileTrigger
          acceptedFileTypes={['application/json', '.json']}
          onSelect={(files) => {
            const chosen = files?.[0];
            if (chosen) void send.start(chosen);
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
                  ? checking
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
    </>
  );
}
