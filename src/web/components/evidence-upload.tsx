/**
 * Uploading evidence into a case: a file chosen (or dropped), sent as sealed 1 MiB chunks with
 * a progress bar, its SHA-256 computed in the browser and checked by the node. If the
 * connection drops, "Resume" picks up after the last chunk the node holds — also after a reload,
 * when the same file is chosen again.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button, FileTrigger, Label, ProgressBar } from 'react-aria-components';
import { ApiProblem, ConnectionLost, api, call, currentCsrfToken } from '../api/client';
import type { EvidenceView, UploadView } from '../api/types';
import { useLocale, useT } from '../i18n/i18n';
import { formatBytes } from '../lib/format';
import { uploadFile } from '../lib/upload';
import { ProblemNote } from './problem';

const KEY = (caseId: string, file: File) =>
  `comity.upload:${caseId}:${file.name}:${file.size}:${file.lastModified}`;

export function EvidenceUpload({
  caseId,
  requestId,
  itemId,
  onStored,
}: {
  caseId: string;
  requestId?: string;
  itemId?: string;
  onStored?(evidence: EvidenceView): void;
}) {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ done: number; size: number; sha256?: string } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [stored, setStored] = useState<EvidenceView | null>(null);
  const upload = useRef<UploadView | null>(null);

  const start = async (chosen: File) => {
    setBusy(true);
    setProblem(null);
    setStored(null);
    try {
      const remembered = localStorage.getItem(KEY(caseId, chosen));
      let current: UploadView | null = null;
      if (remembered) {
        current = await call(api.GET('/api/uploads/{id}', { params: { path: { id: remembered } } })).catch(
          () => null,
        );
        if (current?.status !== 'receiving') current = null;
      }
      current ??= await call(
        api.POST('/api/cases/{id}/uploads', {
          params: { path: { id: caseId } },
          body: {
            filename: chosen.name,
            mediaType: chosen.type || 'application/octet-stream',
            size: chosen.size,
            ...(requestId ? { requestId } : {}),
            ...(itemId ? { itemId } : {}),
          },
        }),
      );
      upload.current = current;
      localStorage.setItem(KEY(caseId, chosen), current.id);
      const id = current.id;
      const digest = await uploadFile(
        { size: chosen.size, read: async (s, e) => new Uint8Array(await chosen.slice(s, e).arrayBuffer()) },
        current.chunkSize,
        {
          received: async () => {
            const status = await call(api.GET('/api/uploads/{id}', { params: { path: { id } } }));
            const missing = new Set(status.missing);
            const have = new Set<number>();
            // `missing` lists the first 64 gaps: everything before the last one listed and not in it is in.
            const horizon = status.missing.length < 64 ? status.chunkCount : (status.missing.at(-1) ?? 0);
            for (let i = 0; i < horizon; i++) if (!missing.has(i)) have.add(i);
            return have;
          },
          sendChunk: async (index, bytes) => {
            const response = await fetch(`/api/uploads/${id}/chunks/${index}`, {
              method: 'PUT',
              headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': currentCsrfToken() },
              body: new Uint8Array(bytes),
              credentials: 'same-origin',
            }).catch((error: Error) => {
              throw new ConnectionLost(error.message);
            });
            if (!response.ok) {
              const body = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
              throw new ApiProblem(
                response.status,
                body.code ?? 'http_error',
                body.detail ?? response.statusText,
              );
            }
          },
        },
        (p) => setProgress({ done: p.bytesDone, size: p.size, ...(p.sha256 ? { sha256: p.sha256 } : {}) }),
      );
      const evidence = await call(
        api.POST('/api/uploads/{id}/complete', { params: { path: { id } }, body: { sha256: digest } }),
      );
      localStorage.removeItem(KEY(caseId, chosen));
      setStored(evidence);
      onStored?.(evidence);
      await client.invalidateQueries({ queryKey: ['case', caseId] });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="upload">
      <FileTrigger
        onSelect={(files) => {
          const chosen = files?.[0];
          if (chosen) {
            setFile(chosen);
            void start(chosen);
          }
        }}
      >
        <Button className="secondary" isDisabled={busy}>
          {t('upload.choose')}
        </Button>
      </FileTrigger>
      {file && progress && (
        <ProgressBar value={progress.done} maxValue={progress.size || 1} className="progress">
          {({ percentage }) => (
            <>
              <Label>{t('upload.progress', { name: file.name })}</Label>
              <span className="progress-value">
                {t('upload.amount', {
                  done: formatBytes(locale, progress.done),
                  size: formatBytes(locale, progress.size),
                  percent: Math.round(percentage ?? 0),
                })}
              </span>
              <div className="progress-track">
                <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      )}
      {progress?.sha256 && (
        <p className="hash">
          {t('upload.sha256')} <code>{progress.sha256}</code>
        </p>
      )}
      {stored && (
        <p role="status" className="done">
          {t('upload.stored', { name: stored.filename })}
        </p>
      )}
      <ProblemNote error={problem} />
      {problem && file && !busy ? (
        <Button className="primary" onPress={() => void start(file)}>
          {t('upload.resume')}
        </Button>
      ) : null}
    </div>
  );
}
