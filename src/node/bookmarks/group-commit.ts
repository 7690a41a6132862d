interface Pending<S> {
  readonly op: (state: S) => { readonly next: S; readonly result: unknown };
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

export interface GroupCommitIo<S> {
  /** The state to apply the next batch to (re-read if someone else changed it). */
  load(): Promise<S>;
  /** Makes `next` durable; the batch's promises settle only after it does. */
  save(next: S): Promise<void>;
}

const ignore = (): void => {};

/**
 * A queue for one file. Tasks run one at a time, in order. Changes that arrive while a write is in
 * flight are applied together and written once, so a burst of additions costs one write, not one
 * each, and none of them can overwrite another. A change whose write fails is rejected and leaves
 * the state as it was.
 */
export class GroupCommit<S> {
  private tail: Promise<unknown> = Promise.resolve();
  private pending: Pending<S>[] = [];
  private scheduled = false;

  constructor(private readonly io: GroupCommitIo<S>) {}

  /** Runs `task` alone, after everything queued before it. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.then(ignore, ignore);
    return result;
  }

  /** Queues a change; `op` must be pure and return its input unchanged when there is nothing to do. */
  apply<T>(op: (state: S) => { readonly next: S; readonly result: T }): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ op, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        void this.run(() => this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.pending.splice(0);
    let state: S;
    try {
      state = await this.io.load();
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    const before = state;
    const applied: { readonly p: Pending<S>; readonly result: unknown }[] = [];
    for (const p of batch) {
      try {
        const { next, result } = p.op(state);
        state = next;
        applied.push({ p, result });
      } catch (error) {
        p.reject(error);
      }
    }
    if (state !== before) {
      try {
        await this.io.save(state);
      } catch (error) {
        for (const { p } of applied) p.reject(error);
        return;
      }
    }
    for (const { p, result } of applied) p.resolve(result);
  }
}
