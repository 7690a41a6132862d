import {
  methodTable,
  type QosApi,
  type QosEventName,
  type QosEvents,
  type QosServices,
  type Unsubscribe,
} from '../../shared/contract';
import { QosError, type Envelope } from '../../shared/qos-error';

/** What a shell provides: a way to call one method and get its envelope, and a way to hear events. */
export interface Transport {
  call(service: string, method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: QosEventName, listener: (payload: unknown) => void): Unsubscribe;
}

/** Builds the typed API from the method table over any transport; failed calls throw QosError. */
export function createApi(transport: Transport): QosApi {
  const services: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [service, methods] of Object.entries(methodTable)) {
    const impl: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const method of Object.keys(methods)) {
      impl[method] = async (input?: unknown) => {
        const envelope = await transport.call(service, method, input);
        if (!envelope.ok) throw new QosError(envelope.error.code, envelope.error.message);
        return envelope.value;
      };
    }
    services[service] = impl;
  }
  const on = <E extends QosEventName>(event: E, listener: (payload: QosEvents[E]) => void): Unsubscribe =>
    transport.on(event, (payload) => listener(payload as QosEvents[E]));
  return { ...(services as unknown as QosServices), on };
}
