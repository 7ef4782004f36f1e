/** `npm run build:console`: builds the web console into dist/web (also run on `npm install`). */
import { buildConsole } from '../src/cli/build-console.js';

const started = Date.now();
process.stdout.write('Building the web console… ');
const built = await buildConsole(process.argv[2]);
console.log(
  `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${built.files} files, JavaScript ${(built.jsBytes / 1024).toFixed(0)} KiB (${(built.jsGzipBytes / 1024).toFixed(0)} KiB gzip)`,
);
