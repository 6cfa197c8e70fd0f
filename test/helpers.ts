import type { ProfileElement } from '../src/core/profile-element.js';
import type { Profile } from '../src/core/profile-schema.js';

export const SEED_URL = '/profiles/kaufmann-dialogmarketing.json';

/** A fresh copy of the seed profile, to change freely in one test. */
export async function seedProfile(): Promise<Profile> {
  const response = await fetch(SEED_URL);
  return response.json();
}

/** What a person reads in the element: its shadow root's text, white space folded. */
export function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Non-breaking and narrow spaces from Intl, folded to plain spaces for comparisons. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export async function settled(el: ProfileElement) {
  await el.settled;
}

/** Collects console.warn calls while a test runs; `restore()` puts the real one back. */
export function captureWarnings() {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console.warn = original) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
