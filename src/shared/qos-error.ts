import { errorCodes, type ApiErrorShape, type ErrorCode } from './article';

/** An error the back end raises on purpose: its code is shown translated, its message logged. */
export class QosError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'QosError';
    this.code = code;
  }
}

/** Turns anything thrown into the shape that crosses the boundary; unknown errors become `internal`. */
export function toApiError(error: unknown): ApiErrorShape {
  if (error instanceof QosError) return { code: error.code, message: error.message };
  if (isApiError(error)) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}

export function isApiError(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof message === 'string' && (errorCodes as readonly unknown[]).includes(code);
}

/** The envelope every call returns, over IPC and over HTTP alike. */
export type Envelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorShape };
