import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { strings, type Language, type Strings } from './strings.js';

export const DEFAULT_LANGUAGE: Language = 'de';

/** The `lang` of the element, else of its nearest ancestor (across shadow roots), else ''. */
export function inheritedLang(el: Element): string {
  // On the server an element has no ancestors and there is no `Element`: its own `lang` only.
  if (isServer) return el.getAttribute('lang')?.trim() ?? '';
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) return lang.trim();
  }
  return '';
}

/**
 * The locale for `Intl` and the language of our own words. A language we have
 * no words for falls back to German, as the contract says, and so does `Intl`,
 * so that words and numbers never disagree.
 */
export function resolveLanguage(lang: string): { language: Language; locale: string } {
  const primary = lang.split('-')[0].toLowerCase();
  // Own keys only: `"constructor" in strings` is true, and `lang="__proto__"` must fall back too.
  if (Object.hasOwn(strings, primary)) {
    let locale = primary;
    try {
      locale = Intl.getCanonicalLocales(lang)[0] ?? primary;
    } catch {
      // a malformed tag such as "en_US!" keeps the primary language
    }
    return { language: primary as Language, locale };
  }
  return { language: DEFAULT_LANGUAGE, locale: DEFAULT_LANGUAGE };
}

type LangHost = ReactiveControllerHost & HTMLElement;
const hosts = new Set<LangHost>();
let observer: MutationObserver | undefined;

/**
 * Keeps a host's language in step with its `lang` and its ancestors'. One
 * observer serves every element on the page: a `lang` change anywhere asks
 * every connected element to re-render, which is cheap and rare.
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: LangHost) {
    host.addController(this);
  }

  get lang() {
    return resolveLanguage(inheritedLang(this.host));
  }

  /** The shared words in the host's language. */
  get t(): Strings {
    return strings[this.lang.language];
  }

  /** An element's own words (made with `defineStrings`) in the host's language. */
  pick<T>(tables: Record<Language, T>): T {
    return tables[this.lang.language];
  }

  hostConnected() {
    if (isServer) return;
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected() {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
