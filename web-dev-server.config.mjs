// `npm start`: serves the demo page, which loads the CDN bundle as a third-party site would.
export default {
  rootDir: '.',
  port: 8000,
  open: false,
  watch: false,
  middleware: [
    function demoIndex(ctx, next) {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
