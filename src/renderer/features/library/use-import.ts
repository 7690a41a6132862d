import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProblem, ImportProgress, ImportSummary } from '../../../shared/library';
import { toApiError } from '../../../shared/qos-error';
import { useApi } from '../../platform/api-context';

export interface ImportState {
  readonly running: boolean;
  readonly progress: {
    readonly done: number;
    readonly total: number;
    readonly current: string | null;
  } | null;
  readonly summary: Omit<ImportSummary, 'jobId'> | null;
}

const idle: ImportState = { running: false, progress: null, summary: null };

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Imports either by path (the desktop shell's dialog: the back end walks folders and reports progress)
 * or by content (dropped or picked files: sent one by one from here). Both can be cancelled.
 */
export function useImport(): {
  state: ImportState;
  importPaths: (paths: readonly string[]) => Promise<void>;
  importFiles: (files: readonly File[]) => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
} {
  const api = useApi();
  const [state, setState] = useState<ImportState>(idle);
  const job = useRef<string | null>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    const offProgress = api.on('import.progress', (p: ImportProgress) => {
      if (p.jobId === job.current)
        setState((s) => ({ ...s, progress: { done: p.done, total: p.total, current: p.current } }));
    });
    const offFinished = api.on('import.finished', (summary: ImportSummary) => {
      if (summary.jobId !== job.current) return;
      job.current = null;
      setState({ running: false, progress: null, summary });
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [api]);

  const importPaths = useCallback(
    async (paths: readonly string[]) => {
      if (paths.length === 0) return;
      setState({ running: true, progress: { done: 0, total: 0, current: null }, summary: null });
      job.current = (await api.library.importPaths({ paths })).jobId;
    },
    [api],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      cancelled.current = false;
      const failed: ImportProblem[] = [];
      let added = 0;
      let duplicates = 0;
      let done = 0;
      for (const file of files) {
        if (cancelled.current) break;
        setState({
          running: true,
          progress: { done, total: files.length, current: file.name },
          summary: null,
        });
        try {
          const result = await api.library.importFile({
            name: file.name,
            base64: toBase64(await file.arrayBuffer()),
          });
          if (result.status === 'added') added++;
          else if (result.status === 'duplicate') duplicates++;
          else failed.push({ file: file.name, error: result.error });
        } catch (error) {
          failed.push({ file: file.name, error: toApiError(error) });
        }
        done++;
      }
      setState({
        running: false,
        progress: null,
        summary: { added, duplicates, failed, cancelled: cancelled.current },
      });
    },
    [api],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    if (job.current) void api.library.cancelImport({ jobId: job.current });
  }, [api]);
  const dismiss = useCallback(() => setState(idle), []);

  return { state, importPaths, importFiles, cancel, dismiss };
}
