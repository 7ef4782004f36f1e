import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../src/core/clock.js';
import { importStix, BULK_BATCH_SIZE } from '../src/interop/stix/import.js';
import { openDatabase } from '../src/storage/database.js';
import { generateStixObjects } from '../bench/support/stix-bundle.js';
import { TLP_MARKING_IDS } from '../src/core/sharing/markings/tlp.js';
import { collectionRows } from '../src/storage/taxii/collection-rows.js';
import { readCollection } from '../src/app/taxii/read-collection.js';
import { viewerFor } from '../src/app/sharing/viewer.js';
import { collectionsFor } from '../src/app/taxii/collections.js';
const ctx = { actor: { type: 'system' as const, id: 'b' }, requestId: null, clock: systemClock };
const db = await openDatabase(process.env.PG ? { url: process.env.PG, pgSchema: 'probe_' + Date.now().toString(36), poolSize: 4 } : { url: join(mkdtempSync(join(tmpdir(), 'p-')), 'x.sqlite') });
await db.migrate();
const texts = generateStixObjects(Number(process.env.N ?? 20000), 1).map((t, i) => { const o = JSON.parse(t); o.object_marking_refs = [i % 10 === 9 ? TLP_MARKING_IDS.amber : TLP_MARKING_IDS.green]; return JSON.stringify(o); });
await importStix(db, [Buffer.from(`[${texts.join(',')}]`)], { ctx, source: 'peer', shareContext: { originOrganisation: 'peer', originState: 'XB', recipientOrganisations: ['n'], recipientStates: ['XA'], namedRecipients: [] }, batchSize: BULK_BATCH_SIZE });
if (process.env.ANALYZE) { const { sql } = await import('kysely'); await sql.raw('analyze').execute(db.db as any); }
const principal = { userId: 'u', username: 'u', roles: ['analyst'] as const, authorityId: null, via: 'basic' as const };
const deps = { database: db, clock: systemClock, nodeId: 'n', ourState: async () => 'XA' };
let t = performance.now();
let after: any; let n = 0;
for (;;) { const rows = await collectionRows(db, { kind: 'everything' }, { versions: { kind: 'some', first: false, last: true, exact: [] }, limit: 1001, ...(after ? { after } : {}) }); n += rows.length; if (rows.length < 1001) break; const l = rows.at(-1)!; after = { dateAdded: l.date_added, id: l.id, modified: l.modified }; }
console.log('rows only', n, (performance.now() - t).toFixed(0), 'ms');
const cols = await collectionsFor(deps as any, principal as any);
const community = cols.find((c) => c.alias === 'community')!;
import { Session } from 'node:inspector/promises';
const session = new Session(); session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start');
t = performance.now();
let next: string | undefined; let served = 0; let viewerMs = 0;
for (;;) { const v0 = performance.now(); const viewer = await viewerFor(deps as any, principal as any); viewerMs += performance.now() - v0; const page = await readCollection(db, viewer, community, { endpoint: 'objects', query: { versions: { kind: 'some', first: false, last: true, exact: [] }, limit: 1000, ...(next ? { next } : {}) } }, new Date()); served += page.items.length; if (!page.more) break; next = page.next; }
console.log('readCollection', served, (performance.now() - t).toFixed(0), 'ms; viewer', viewerMs.toFixed(0));

const { profile } = await session.post('Profiler.stop');
(await import('node:fs')).writeFileSync('read.cpuprofile', JSON.stringify(profile));
