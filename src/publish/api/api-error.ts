/** The API's one error shape: `{ error: { code, message, param? } }`; `param` names the query parameter at fault. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ApiErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'unprocessable'
  | 'payload-too-large'
  | 'not-implemented'
  | 'internal';

export interface ApiError {
  error: { code: ApiErrorCode | string; message: string; param?: string };
}

/** Sends the error shape with its status. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode | string,
  message: string,
  param?: string,
) {
  return c.json<ApiError>({ error: param === undefined ? { code, message } : { code, message, param } }, status);
}

/** A 400 for a query parameter that is present but not acceptable. */
export function badParam(c: Context, problem: { param: string; message: string }) {
  return apiError(c, 400, 'bad-request', problem.message, problem.param);
}
