declare const __CW_VERSION__: string;

/** The library's version, put in by the build. */
export const VERSION: string = typeof __CW_VERSION__ === 'string' ? __CW_VERSION__ : 'dev';

/**
 * The tags already warned about, shared by every copy of this code on the page (the npm build in an
 * app, a CDN file, the classic script, another version): each copy carries its own module state, so
 * a module-level set would let each copy warn again about the same clash.
 */
const warned: Set<string> = ((globalThis as { [key: symbol]: Set<string> | undefined })[Symbol.for('career-widgets.warned')] ??= new Set());

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
  // One warning per tag and version that was turned away, however many copies of that version load.
  const key = `${tag}@${VERSION}`;
  if (existing === element || existing.version === VERSION || warned.has(key)) return;
  warned.add(key);
  console.warn(
    `[career-widgets] <${tag}> is already defined (${existing.version ? `career-widgets ${existing.version}` : 'by another script'}); ` +
      `career-widgets ${VERSION} leaves it alone.`,
  );
}
