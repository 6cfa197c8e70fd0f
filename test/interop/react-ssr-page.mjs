// The browser side of the React server-render page: hydrates the server's HTML (test/interop/react-ssr-app.mjs).
import { createElement as h } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './react-ssr-app.mjs';

const profile = JSON.parse(document.getElementById('profile').textContent);
window.__profile = profile;
hydrateRoot(document.getElementById('root'), h(App, { profile }), {
  onRecoverableError: (error) => window.__record.errors.push(`React recoverable error: ${error.message}`),
});
