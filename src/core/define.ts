declare const __CW_VERSION__: string;

/** The library's version, put in by the build. */
export const VERSION: string = typeof __CW_VERSION__ === 'string' ? __CW_VERSION__ : 'dev';

const warned = new Set<string>();

/**
 * Registers a tag unless it is taken. Loading our script twice, or two
 * versions on one page, must never throw "has already been used with this
 * registry": the first definition stays, with one warning when it is not
 * ours in this version.
 */
export function defineElement(tag: string, element: CustomElementConstructor) {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element || existing.version === VERSION || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `[career-widgets] <${tag}> is already defined (${existing.version ? `career-widgets ${existing.version}` : 'by another script'}); ` +
      `career-widgets ${VERSION} leaves it alone.`,
  );
}
