// On the React server-render page, a classic script after the server's HTML and before the
// module that hydrates it: keeps the first non-style node of each element's shadow root, so that
// run.mjs can check the element kept it (hydrated, not rendered afresh).
window.__serverNodes = {};
for (const el of document.querySelectorAll('#root > main > *')) {
  window.__serverNodes[el.id] = [...(el.shadowRoot?.children ?? [])].find((node) => node.localName !== 'style');
}
