/**
 * The React wrapper of one tag (`career-widgets/react/<tag>`, generated from the manifest by
 * scripts/generate-framework-types.mjs). Our own code rather than `@lit/react` + `@lit-labs/ssr-react`
 * (+ `@lit-labs/nextjs`), measured and read (docs/frameworks.md, "React and Next.js"):
 * - `@lit/react` sorts props by `name in elementClass.prototype`, so `id` and `lang` become
 *   properties set in an effect and never reach the server's HTML; its server render is the bare tag.
 * - Deep SSR through `@lit-labs/ssr-react` patches `React.createElement` (a JSX import source in the
 *   app's config) and `@lit-labs/nextjs` 0.2.4 wraps `next.config` for webpack, peers Next 13–15:
 *   a setting in every app for what a wrapper can do itself. All three make npm install `@types/react`
 *   (their peer) into every app, browser-only ones too.
 * - Here, on the server (the `node` condition of `#react-server-render`, package.json `imports`), the
 *   wrapper renders the element's declarative shadow DOM and inline profile with `renderElementSync`
 *   into the tag as `dangerouslySetInnerHTML`. In the browser that module is an empty one: no
 *   `@lit-labs/ssr` in a client bundle (test/node/react-bundle.test.mjs builds one and looks).
 * Hydration: the browser's parser turns the `<template shadowrootmode>` into the shadow root, so the
 * light DOM holds only the inline `<script>`; the client renders the tag with an empty
 * `dangerouslySetInnerHTML`, so React neither hydrates nor removes that child, and
 * `suppressHydrationWarning` covers the attributes the server wrote for the element's own
 * properties (the client sets them as properties). React 19 drops a custom element's properties and
 * `on…` handlers while hydrating (react#35446): both are set in a layout effect, which survives it.
 */
import * as React from 'react';

/** `renderElementSync` of `career-widgets/ssr`, on the server only. */
export type ServerRender = (
  tag: string,
  profile: unknown,
  options: { lang?: string; attributes?: Record<string, string | boolean | number | undefined>; catalog?: unknown; items?: unknown },
) => string;

/** A wrapper's props: the element's own properties, its events as `on…` props, and React's HTML attributes. */
export type WrapperProps<E extends HTMLElement, P extends keyof E, Events> = Partial<Pick<E, P>> & {
  [K in keyof Events]?: (event: Events[K]) => void;
} & Omit<React.HTMLAttributes<E>, P | keyof Events> & {
    /** `data-layer`: push the element's events into this data layer (e.g. `dataLayer`); see docs/data-layer.md. */
    'data-layer'?: string;
    /** `data-layer-include`: which events go into the data layer. */
    'data-layer-include'?: string;
  };
export type WrapperComponent<E extends HTMLElement, P extends keyof E, Events> = React.ForwardRefExoticComponent<
  React.PropsWithoutRef<WrapperProps<E, P, Events>> & React.RefAttributes<E>
>;

const EMPTY = Object.freeze({ __html: '' });
const onServer = () => typeof document === 'undefined';
// No layout effects on a server (React 18 warns about them there); the server never runs either.
const useClientEffect = onServer() ? React.useEffect : React.useLayoutEffect;

type Listener = { handleEvent: (event: Event) => void };

/** The element's data properties, and the `renderElementSync` data each is: the profile, a catalog, an item bank. */
const DATA: Record<string, 'profile' | 'catalog' | 'items'> = { profile: 'profile', catalogData: 'catalog', itemsData: 'items' };

/**
 * Whether the element holds `value` already: the same data in the property, or, for a profile, in
 * the inline profile the server wrote. Then it is not set again: a new object with the same data
 * would be read again (validation, and past the task's budget a loading state that replaces the
 * hydrated nodes). A pre-rendered element fired its `profile-load` when it upgraded, before React
 * hydrated.
 */
function holds(node: HTMLElement, prop: string, value: unknown): boolean {
  if (value == null || typeof value !== 'object') return false;
  let current = (node as unknown as Record<string, unknown>)[prop];
  try {
    if (current == null && prop === 'profile') {
      const text = node.querySelector(':scope > script[type="application/json"]:not([data-catalog]):not([data-items])')?.textContent;
      current = text ? JSON.parse(text) : undefined;
    }
    return current != null && JSON.stringify(current) === JSON.stringify(value);
  } catch {
    return false;
  }
}

/** `<tag attrs>inner</tag>` → `inner`: React writes the tag itself. */
function innerHtml(tag: string, html: string): string {
  const open = html.startsWith(`<${tag}`) ? html.indexOf('>') : -1;
  if (open < 0 || !html.endsWith(`</${tag}>`)) throw new Error(`career-widgets/react: the server render of <${tag}> is no <${tag}> element`);
  return html.slice(open + 1, html.length - `</${tag}>`.length);
}

/**
 * A wrapper component for `tag`: `properties` maps each of the element's own properties to its
 * attribute (`null`: a property only, such as `profile`), `events` each `on…` prop to its event.
 */
export function createWrapper<E extends HTMLElement, P extends keyof E, Events>(
  displayName: string,
  tag: string,
  properties: Record<string, string | null>,
  events: Record<string, string>,
  serverRender?: ServerRender,
): WrapperComponent<E, P, Events> {
  const component = React.forwardRef<E, Record<string, unknown>>((props, ref) => {
    const element = React.useRef<E | null>(null);
    const listeners = React.useRef(new Map<string, Listener>());
    const given = React.useRef(new Set<string>());
    const reactProps: Record<string, unknown> = {};
    const elementProps: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      if (key in properties || key in events) elementProps[key] = value;
      else reactProps[key] = value;
    }

    // Properties and listeners, after every render (hydration included), before the browser paints.
    useClientEffect(() => {
      const node = element.current as unknown as Record<string, unknown> | null;
      if (!node) return;
      for (const [prop, type] of Object.entries(events)) {
        const handler = elementProps[prop] as ((event: Event) => void) | undefined;
        let listener = listeners.current.get(type);
        if (handler && !listener) {
          listener = { handleEvent: handler };
          listeners.current.set(type, listener);
          (node as unknown as E).addEventListener(type, listener);
        } else if (listener && handler) listener.handleEvent = handler;
        else if (listener) {
          (node as unknown as E).removeEventListener(type, listener);
          listeners.current.delete(type);
        }
      }
      for (const prop of Object.keys(properties)) {
        if (prop in elementProps) {
          if (node[prop] !== elementProps[prop] && !(prop in DATA && holds(node as unknown as E, prop, elementProps[prop]))) {
            node[prop] = elementProps[prop];
          }
          given.current.add(prop);
        } else if (given.current.delete(prop)) node[prop] = undefined; // a prop no longer given
      }
    });

    const setRef = React.useCallback(
      (node: E | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    const out: Record<string, unknown> = { ...reactProps, ref: setRef, suppressHydrationWarning: true };
    if (reactProps.children != null) return React.createElement(tag, out);
    if (serverRender && onServer()) Object.assign(out, serverMarkup(tag, properties, elementProps, reactProps.lang, serverRender));
    else out.dangerouslySetInnerHTML = EMPTY;
    return React.createElement(tag, out);
  });
  component.displayName = displayName;
  return component as unknown as WrapperComponent<E, P, Events>;
}

/**
 * The server's attributes and content of the element: its own properties that have an attribute,
 * as HTML writes them (the element reads them when it upgrades, before React's effect runs, and its
 * first render must be the server's), and, when it has a profile, its shadow DOM and inline profile.
 */
function serverMarkup(tag: string, properties: Record<string, string | null>, elementProps: Record<string, unknown>, lang: unknown, serverRender: ServerRender) {
  const attributes: Record<string, string> = {};
  for (const [prop, attribute] of Object.entries(properties)) {
    const value = elementProps[prop];
    if (attribute === null || value == null || value === false) continue;
    if (typeof value === 'string' || typeof value === 'number' || value === true) attributes[attribute] = value === true ? '' : String(value);
  }
  const data: { profile?: unknown; catalog?: unknown; items?: unknown } = {};
  for (const [prop, option] of Object.entries(DATA)) {
    const value = elementProps[prop];
    if (value != null && typeof value === 'object') data[option] = value;
  }
  // Nothing to render from (a `src` only): the bare tag; the element loads in the browser.
  if (!data.profile && !data.catalog) return { ...attributes, dangerouslySetInnerHTML: EMPTY };
  let inner = '';
  try {
    const { profile = null, ...documents } = data;
    inner = innerHtml(tag, serverRender(tag, profile, { lang: typeof lang === 'string' ? lang : undefined, attributes, ...documents }));
  } catch (error) {
    // A profile the server cannot write (nested too deep): the browser renders the element, with its error state.
    console.error(`career-widgets/react: <${tag}> not pre-rendered: ${(error as Error).message}`);
  }
  return { ...attributes, dangerouslySetInnerHTML: { __html: inner } };
}
