import axios, { type AxiosInstance } from 'axios';
import { useEffect, useState } from 'react';

export type Fetched<T> =
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'failed'; message: string; httpStatus?: number };

/**
 * GETs one dispatcher path with the session's client. The request is aborted when the page leaves or
 * the client changes, so an answer for a previous user or tenant is never shown.
 */
export function useDispatcherGet<T>(
  client: AxiosInstance,
  path: string | null,
  params?: Record<string, string>,
): Fetched<T> {
  const [result, setResult] = useState<Fetched<T>>({ status: 'loading' });
  const paramsKey = JSON.stringify(params ?? {});
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setResult({ status: 'loading' });
    client
      .get<T>(path, { params: JSON.parse(paramsKey), signal: controller.signal })
      .then((response) => setResult({ status: 'done', data: response.data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setResult(failure(error));
      });
    return () => controller.abort();
  }, [client, path, paramsKey]);
  return result;
}

function failure(error: unknown): Fetched<never> {
  if (axios.isAxiosError(error)) {
    const httpStatus = error.response?.status;
    if (httpStatus !== undefined) {
      const body = error.response?.data as { message?: unknown } | undefined;
      const message =
        typeof body?.message === 'string' ? body.message : `the dispatcher answered ${httpStatus}`;
      return { status: 'failed', message, httpStatus };
    }
    return { status: 'failed', message: 'the dispatcher could not be reached' };
  }
  return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
}
