import type { SegmentHost } from './segment-host';

/** The SegmentHost methods a coordinator may call, by name, across a worker boundary. */
export const hostMethods = [
  'assign',
  'drop',
  'load',
  'build',
  'search',
  'details',
  'loadedCount',
  'close',
] as const;
export type HostMethod = (typeof hostMethods)[number];

export type HostArgs<M extends HostMethod> = Parameters<SegmentHost[M]>;
export type HostValue<M extends HostMethod> = Awaited<ReturnType<SegmentHost[M]>>;

export interface HostRequest {
  readonly id: number;
  readonly method: HostMethod;
  readonly args: readonly unknown[];
}

export type HostResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { readonly name: string; readonly message: string };
    };

export function callHost(host: SegmentHost, request: HostRequest): unknown {
  if (!(hostMethods as readonly string[]).includes(request.method))
    throw new Error(`unknown method ${request.method}`);
  const method = host[request.method] as (...args: unknown[]) => unknown;
  return method.apply(host, [...request.args]);
}
