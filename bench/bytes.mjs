// Bytes: minified, gzip and brotli size of every CDN file the build made (read at run time,
// whichever exist), and of Lit alone built the way scripts/size.mjs builds it, so that what
// we add on top of Lit is visible.
import { litAloneSizes, sizes } from '../scripts/size.mjs';

export async function measureBytes(files, cdnFiles) {
  const lit = await litAloneSizes();
  const rows = cdnFiles.map((file) => ({ name: `dist/cdn/${file}`, ...sizes(files.get(`/dist/cdn/${file}`)) }));
  return { lit, rows: rows.map((row) => ({ ...row, overLit: row.brotli - lit.brotli })) };
}
