// `npm start`: serves the demo page, which loads the CDN bundle as a third-party site would.
// The port is `PORT` (default 8000). A taken port ends the start with one line that says what to do,
// instead of the dev server's EADDRINUSE stack (after which it exited 0).
import { createServer } from 'node:net';

const port = Number(process.env.PORT || 8000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number (1-65535), not ${JSON.stringify(process.env.PORT)}.`);
  process.exit(1);
}
// The dev server listens on every address (no host, for "localhost"): a probe on the same is refused alike.
const taken = await new Promise((resolve, reject) => {
  const probe = createServer()
    .once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)))
    .once('listening', () => probe.close(() => resolve(false)));
  probe.listen({ port });
});
if (taken) {
  console.error(`Port ${port} is taken: run PORT=${port + 1} npm start`);
  process.exit(1);
}

export default {
  rootDir: '.',
  port,
  open: false,
  watch: false,
  middleware: [
    function demoIndex(ctx, next) {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
