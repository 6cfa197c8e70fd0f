/**
 * One request per URL at a time, however many elements ask for it (found by
 * test/hardening/pages/scale.mjs: 200 elements with one 1 MB profile made 200 requests).
 */

interface SharedRequest<T> {
  result: Promise<T>;
  controller: AbortController;
  users: number;
}

const inFlight = new Map<string, SharedRequest<unknown>>();

/**
 * Runs `start` once for every caller that asks for the same `key` while it is in flight (200
 * elements with one `src` make one request, not 200). Each caller can leave on its own
 * (`signal` aborts: it rejects with the signal's reason); the work is aborted only when the
 * last caller has left, so a removed element still never leaves a request open that nobody
 * waits for. Callers share the result: it must not be changed (the validation copies it).
 */
export async function shareRequest<T>(key: string, signal: AbortSignal, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
  signal.throwIfAborted();
  let shared = inFlight.get(key) as SharedRequest<T> | undefined;
  if (!shared) {
    const controller = new AbortController();
    const request: SharedRequest<T> = { controller, users: 0, result: start(controller.signal) };
    const done = () => inFlight.get(key) === request && inFlight.delete(key);
    request.result.then(done, done);
    inFlight.set(key, request);
    shared = request;
  }
  shared.users++;
  let leave = (_reason: unknown) => {};
  const left = new Promise<never>((_, reject) => (leave = reject));
  const onAbort = () => leave(signal.reason);
  signal.addEventListener('abort', onAbort);
  try {
    return await Promise.race([shared.result, left]);
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (--shared.users === 0 && inFlight.get(key) === shared) {
      inFlight.delete(key);
      shared.controller.abort(signal.reason);
    }
  }
}
