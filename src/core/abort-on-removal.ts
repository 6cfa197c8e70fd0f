import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { isAbort } from './load-profile.js';

/**
 * Aborts a task that is running (its request) when the element is removed, and
 * runs it again when the element is back in a document.
 *
 * The element may be back before the aborted run has settled: a move
 * (`other.append(el)`) disconnects and reconnects in one go, while the task is
 * still pending and its AbortError has not arrived. So the abort is remembered
 * here, not read from the task's error afterwards; otherwise a moved element
 * stays in its loading state for good (found by test/hardening/pages/lifecycle.mjs).
 */
export class AbortOnRemoval implements ReactiveController {
  private aborted = false;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(host: ReactiveControllerHost, private readonly task: Task<any, any>) {
    host.addController(this);
  }

  hostDisconnected() {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.aborted = true;
    this.task.abort();
  }

  hostConnected() {
    // Also a run refused while the element was away (`requireConnected`: its src changed after removal,
    // with nothing in flight to abort) ended in an AbortError and must run now.
    if (!this.aborted && !isAbort(this.task.error)) return;
    this.aborted = false;
    // Still pending (the aborted run has not settled; a new run supersedes it and its result is
    // dropped) or ended by the abort: run again. A run that finished before the abort could
    // reach it keeps its result.
    if (this.task.status === TaskStatus.PENDING || isAbort(this.task.error)) this.task.run();
  }
}
