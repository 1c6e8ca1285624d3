import type http from 'node:http';
import { InputError } from '../extract/inputError.ts';
import { errorBody, sendError } from '../http/toolkit.ts';
import { LIMITS, LimitError } from '../limits.ts';
import { TableError } from '../tables/parse.ts';

/** A refusal as plain data (it crosses from a worker to the event loop by structured clone). */
export interface FailureData {
  status: number;
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** A job refused its input (400), went over a limit (413/422) or found the queue full (503). */
export class JobFailure extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;
  constructor(data: FailureData) {
    super(data.message);
    this.name = 'JobFailure';
    this.status = data.status;
    this.code = data.code;
    this.details = data.details;
  }
}

/** The refusals a job may end with, as data; undefined for anything else (a bug: it stays an error, a 500). */
export function failureOf(err: unknown): FailureData | undefined {
  if (err instanceof LimitError)
    return { status: err.status, code: err.code, message: err.message, details: err.details };
  if (err instanceof InputError)
    return {
      status: err.code === 'TOO_LARGE' ? 413 : 400,
      code: err.code,
      message: err.message,
      details: {},
    };
  if (err instanceof TableError)
    return { status: 400, code: err.code, message: err.message, details: err.details };
  return undefined;
}

/** Answers a JobFailure with the error envelope (and Retry-After when the queue was full). */
export function sendFailure(res: http.ServerResponse, f: JobFailure): void {
  if (f.code === 'BUSY') res.setHeader('retry-after', String(LIMITS.RETRY_AFTER_S));
  sendError(res, f.status, f.code, f.message, f.details);
}

/** The 413 an upload over LIMITS.UPLOAD_BYTES gets (readBody's `tooLarge`), naming the limit like every other. */
export const uploadTooLarge = errorBody(
  'TOO_LARGE',
  `The file is larger than ${LIMITS.UPLOAD_BYTES / 1048576} MB.`,
  { limit: 'UPLOAD_BYTES', max: LIMITS.UPLOAD_BYTES },
);
