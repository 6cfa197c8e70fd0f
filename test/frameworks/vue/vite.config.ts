import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { isCustomElement } from 'career-widgets/vue';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
});
