// On the classic-script page, right after the classic script: notes, for each element, whether its
// inline profile was there when the element first looked for it (on connecting). The parser
// upgrades an element as it creates it, before its children: that must be what happened here, or
// the page would not test the case it is for. (Lifecycle callbacks cannot be wrapped once a tag is
// defined, so this watches the element's own query for `script[type="application/json"]`.)
(() => {
  const seen = new WeakSet();
  window.__connectedWithProfile = [];
  const querySelector = Element.prototype.querySelector;
  Element.prototype.querySelector = function (selector) {
    const found = querySelector.call(this, selector);
    if (window.__interop.TAGS.includes(this.localName) && selector.includes('application/json') && !seen.has(this)) {
      seen.add(this);
      window.__connectedWithProfile.push(`${this.localName}: ${found ? 'had its profile' : 'no profile yet'}`);
    }
    return found;
  };
})();
