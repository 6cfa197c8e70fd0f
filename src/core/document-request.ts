import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isAbort } from './load-profile.js';

type Host = ReactiveControllerHost & HTMLElement;
type Load<T> = (url: string, signal: AbortSignal) => Promise<T>;

/**
 * A document an element loads beside (or instead of) its profile: the vacancy feed, the catalog, the
 * finder's item bank. Before each update it compares the document's
 * URL (and what else `key` reads, the timeout) with the last request's: a change aborts the
 * request in flight and starts the new one (the newest wins). Removing the element aborts a
 * request in flight; the element starts it again when it is back in a document, also after a
 * move (`other.append(el)` disconnects and reconnects in one go, before the aborted request has
 * settled: the abort is remembered here, not read from its error, or a moved element would stay
 * in its loading state for good; test/hardening/pages/lifecycle.mjs).
 *
 * Our own code instead of @lit/task: it needs only this much of it (0.57 KB brotli less).
 */
export class DocumentRequest<T> implements ReactiveController {
  /** `idle`: no URL. `loading`: requested, or waiting for the element to be back in a document. */
  status: 'idle' | 'loading' | 'done' | 'failed' = 'idle';
  value?: T;
  error?: unknown;
  /** Settles when the request of the current key has (never rejects). */
  settled: Promise<void> = Promise.resolve();

  private controller?: AbortController;
  private lastKey?: string;
  private interrupted = false;

  constructor(
    private readonly host: Host,
    /** The document's URL, or nothing for none. */
    private readonly url: () => string | undefined,
    /** What else the request depends on, as a string: a change starts it again. */
    private readonly key: () => string,
    private readonly load: Load<T>,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    if (isServer) return; // the server fetches nothing: such a document shows its loading state there
    const key = `${this.url() ?? ''}\n${this.key()}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.start();
  }

  hostDisconnected() {
    if (!this.controller) return;
    this.interrupted = true;
    this.controller.abort();
    this.controller = undefined;
  }

  hostConnected() {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.start();
    this.host.requestUpdate();
  }

  private start() {
    this.controller?.abort();
    this.controller = undefined;
    this.value = this.error = undefined;
    const url = this.url();
    this.status = url ? 'loading' : 'idle';
    if (!url) return void (this.settled = Promise.resolve());
    // Changed while away from the document (no request to abort then): it starts when the element is back.
    if (!this.host.isConnected) return void (this.interrupted = true);
    const controller = (this.controller = new AbortController());
    this.settled = this.load(url, controller.signal).then(
      (value) => this.finish(controller, 'done', value),
      (error) => this.finish(controller, 'failed', undefined, error),
    );
  }

  private finish(controller: AbortController, status: 'done' | 'failed', value?: T, error?: unknown) {
    // A request that was superseded or aborted leaves what came after it alone.
    if (controller !== this.controller || isAbort(error)) return;
    this.controller = undefined;
    Object.assign(this, { status, value, error });
    this.host.requestUpdate();
  }
}
