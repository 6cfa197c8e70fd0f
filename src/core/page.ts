/**
 * The host document, read so that its markup cannot answer instead of it. A named `<img>`, `<form>`,
 * `<embed>`, `<object>` or `<iframe>` anywhere on the page (a CMS comment, a forum post:
 * `<img name="currentScript" src="https://cdn.example/evil-pkg/x.png">`) shadows the property of that
 * name on `document`, methods included, because the document's named properties win over its built-ins.
 * Each helper here calls the built-in getter or method from its prototype, which no element can
 * replace (`Node`, `Document` and `EventTarget` are the window's own properties: named elements
 * cannot shadow those). Browser only: call them where `isServer` is false. The loader has its own
 * copies (src/cdn/loader.ts: it imports nothing).
 */

/** The built-in getter `name` of `proto`, called on the document. */
const read = <T>(proto: object, name: string): T => Object.getOwnPropertyDescriptor(proto, name)!.get!.call(document) as T;

/** `document.baseURI`: the base for relative URLs in a profile, a feed's `src`. */
export const pageBase = (): string => read<string>(Node.prototype, 'baseURI');

/** `document.readyState`. */
export const pageReadyState = (): DocumentReadyState => read<DocumentReadyState>(Document.prototype, 'readyState');

/** `document.querySelectorAll(selector)`. */
export const pageQueryAll = <E extends Element = Element>(selector: string): NodeListOf<E> =>
  Document.prototype.querySelectorAll.call(document, selector) as NodeListOf<E>;

/** `document.addEventListener(…)`. */
export const onPage = (type: string, listener: EventListener, options?: AddEventListenerOptions) =>
  EventTarget.prototype.addEventListener.call(document, type, listener, options);
