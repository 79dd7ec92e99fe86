import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', node: 'src/node.ts' } },
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: true,
  splitting: true,
  // chinese-days is bundled: its calendar JSON is imported directly and must not become a bare external import.
  external: ['sharp', 'tesseract.js', 'file-type', 'zod'],
  noExternal: ['chinese-days'],
});
