import {
  ipcMain as electronIpcMain,
  type IpcMain,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { allMethods, invoke, ipcChannelPrefix, ipcEventChannel, type QosServices } from '../shared/contract';
import { toApiError, type Envelope } from '../shared/qos-error';
import type { EventHub } from '../node/service/event-hub';
import { isAppUrl } from './secure-window';

/** A call is answered only for our window's own page: not for another frame, not for a navigated page. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: WebContents,
  appUrl: string,
): boolean {
  const frameUrl = event.senderFrame?.url;
  return event.sender === window && frameUrl !== undefined && isAppUrl(frameUrl, appUrl);
}

/**
 * The only place ipcMain is touched: one handler per method of the contract, channel names derived
 * from the method table, every reply an envelope (errors keep their code across the boundary).
 */
export function wireIpc(
  services: QosServices,
  trusted: (event: IpcMainInvokeEvent) => boolean,
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'> = electronIpcMain,
): () => void {
  const channels: string[] = [];
  for (const ref of allMethods()) {
    const channel = `${ipcChannelPrefix}${ref.id}`;
    channels.push(channel);
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!trusted(event)) return { ok: false, error: { code: 'forbidden', message: 'untrusted sender' } };
      try {
        return { ok: true, value: await invoke(services, ref, input) };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    });
  }
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}

/** Forwards back-end events to the window; returns the unsubscribe. */
export function forwardEvents(
  events: EventHub,
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
): () => void {
  return events.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(ipcEventChannel, { name, payload });
  });
}
