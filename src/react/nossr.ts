/** The browser half of `#react-server-render` (see ssr.ts): no server rendering. */
export const serverRender = undefined;
