/**
 * Reads a response body as text, stopping as soon as it passes `maxBytes`: a compromised server
 * (or a redirect to an endless stream) must not make the page download and hold gigabytes
 * (found by the probe of issue 17: 646 MB in 10 s, then "no connection"). Throws a
 * `TooLargeError` past the limit, after cancelling the rest of the body.
 */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
  constructor(readonly maxBytes: number) {
    super(`The response is larger than ${maxBytes} bytes`);
  }
}

export async function readLimited(response: Response, maxBytes: number): Promise<string> {
  // A declared length past the limit: give up before reading a byte.
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLargeError(maxBytes);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  // `response.text()` drops a UTF-8 byte order mark; so does TextDecoder (ignoreBOM is false).
  return text + decoder.decode();
}
