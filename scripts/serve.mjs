// `npm start` / `npm run serve`: serves the built site (dist/) on localhost and prints its address.
import { startStaticServer } from './static-server.mjs';
import { base } from '../src/site-config.mjs';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer({ root: 'dist', port, base, gzip: true });
console.log(`Katalog Indikator Kinerja berjalan di ${url}`);
console.log('Tekan Ctrl+C untuk berhenti.');
