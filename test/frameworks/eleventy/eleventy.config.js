// Eleventy 3 with career-widgets/eleventy: the shortcodes pre-render the elements at build time, in
// Markdown as in Nunjucks, and the plugin copies the browser files into the site.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import careerWidgets from 'career-widgets/eleventy';

// The sample profiles the package ships (an app keeps its own in its repo: profilesDir: 'profiles').
const profilesDir = dirname(createRequire(import.meta.url).resolve('career-widgets/profiles/kaufmann-dialogmarketing.json'));

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(careerWidgets, { profilesDir, lang: 'de' });
}

export const config = { dir: { input: 'pages', includes: '../_includes' } };
