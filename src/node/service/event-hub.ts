import type { QosEventName, QosEvents, Unsubscribe } from '../../shared/contract';

export type EventListener = <E extends QosEventName>(name: E, payload: QosEvents[E]) => void;

/** Fan-out of back-end events to whichever shell is attached (IPC window, HTTP event streams). */
export class EventHub {
  readonly #listeners = new Set<EventListener>();

  emit<E extends QosEventName>(name: E, payload: QosEvents[E]): void {
    for (const listener of this.#listeners) {
      try {
        listener(name, payload);
      } catch {
        // One broken listener (a closed window, a dropped stream) must not stop the others.
      }
    }
  }

  subscribe(listener: EventListener): Unsubscribe {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
