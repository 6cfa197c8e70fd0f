// The README's Eleventy route of today (before career-widgets/eleventy): a shortcode around renderElement.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderElement } from 'career-widgets/ssr';

const require = createRequire(import.meta.url);
const pkg = dirname(require.resolve('career-widgets/package.json'));

export default function (eleventyConfig) {
  eleventyConfig.addAsyncShortcode('careerWidget', (tag, file) => renderElement(tag, JSON.parse(readFileSync(require.resolve(file), 'utf8'))));
  eleventyConfig.addPassthroughCopy({ [join(pkg, 'dist/cdn')]: 'career-widgets' });
}

export const config = { dir: { input: 'pages', includes: '../_includes' } };
