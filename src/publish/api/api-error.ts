/** The API's one error shape: `{ error: { code, message } }`. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ApiErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'unprocessable'
  | 'payload-too-large'
  | 'not-implemented'
  | 'internal';

export interface ApiError {
  error: { code: ApiErrorCode | string; message: string };
}

/** Sends the error shape with its status. */
export function apiError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode | string, message: string) {
  return c.json<ApiError>({ error: { code, message } }, status);
}
