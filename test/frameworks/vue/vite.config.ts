import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// TODO(issue 24): import { isCustomElement } from 'career-widgets/vue' once that export is on main.
const isCustomElement = (tag: string) => tag.includes('-');

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
});
