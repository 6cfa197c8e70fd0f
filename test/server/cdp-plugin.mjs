// Web Test Runner commands that need the browser's DevTools protocol, for test/a11y/:
//   cw-emulate-media { features: [{ name, value }] }  any media feature, e.g. forced-colors: active
//                                                     (@web/test-runner-commands' emulateMedia knows
//                                                     only prefers-color-scheme and reduced motion)
//   cw-ax-tree                                        the page's accessibility tree as a screen reader
//                                                     gets it, shadow roots included: [{ role, name,
//                                                     level, description, focused, depth }] in tree order
//   cw-screenshot { x, y, width, height }             a PNG (base64) of that part of the page (document px)
const sessions = new WeakMap();

async function cdpOf(page) {
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
  return sessions.get(page);
}

/** The non-ignored nodes in tree order; ignored ones are skipped but their children kept. */
function flatten(nodes) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const root = nodes.find((node) => !node.parentId) ?? nodes[0];
  const out = [];
  const visit = (node, depth) => {
    if (!node) return;
    let next = depth;
    if (!node.ignored) {
      const prop = (name) => node.properties?.find((p) => p.name === name)?.value?.value;
      out.push({
        role: node.role?.value ?? '',
        name: node.name?.value ?? '',
        description: node.description?.value ?? '',
        level: prop('level'),
        focused: prop('focused') === true,
        depth,
      });
      next = depth + 1;
    }
    for (const id of node.childIds ?? []) visit(byId.get(id), next);
  };
  visit(root, 0);
  return out;
}

export function cdpPlugin() {
  return {
    name: 'cw-cdp',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('cw-')) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chromium through puppeteer`);
      const cdp = await cdpOf(session.browser.getPage(session.id));
      switch (command) {
        case 'cw-emulate-media':
          await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
          return true;
        case 'cw-ax-tree': {
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          return flatten(nodes);
        }
        case 'cw-screenshot': {
          const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...payload, scale: 1 } });
          return data;
        }
        default:
          return undefined;
      }
    },
  };
}
