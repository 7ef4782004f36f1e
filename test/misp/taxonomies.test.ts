/**
 * Every value of MISP's own TLP and PAP taxonomies (read from `../shared/data/misp-taxonomies`)
 * as a tag on an event: the TLP levels and PAP levels become their markings, the values that
 * are not levels (`tlp:ex:chr`, `tlp:unclear`) stay labels, and the tag comes back to MISP
 * exactly as it was written. Skipped with a message when the data sets are not beside the
 * repository (a user's clone does not have them).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { PAP_MARKING_IDS } from '../../src/core/sharing/markings/pap.js';
import { TLP_MARKING_IDS } from '../../src/core/sharing/markings/tlp.js';
import { mispEventToStix } from '../../src/interop/misp/event-to-stix.js';
import { stixToMispEvent } from '../../src/interop/misp/stix-to-event.js';
import { loadSharedJson, SHARED_DIR } from '../support/shared-data.js';

interface Taxonomy {
  namespace: string;
  predicates: Array<{ value: string }>;
}

const tlp = (await loadSharedJson('data/misp-taxonomies/tlp/machinetag.json')) as Taxonomy | undefined;
const pap = (await loadSharedJson('data/misp-taxonomies/PAP/machinetag.json')) as Taxonomy | undefined;
const skip =
  tlp && pap ? false : `skipped: the MISP taxonomies are not at ${SHARED_DIR.pathname}data/misp-taxonomies`;

/** What each taxonomy value is as a marking, or undefined when it is not a level. */
const TLP_OF: Record<string, string | undefined> = {
  red: TLP_MARKING_IDS.red,
  amber: TLP_MARKING_IDS.amber,
  'amber+strict': TLP_MARKING_IDS['amber+strict'],
  green: TLP_MARKING_IDS.green,
  white: TLP_MARKING_IDS.clear,
  clear: TLP_MARKING_IDS.clear,
};

function tagged(tag: string) {
  const uuid = randomUUID();
  const attribute = {
    uuid: randomUUID(),
    type: 'domain',
    category: 'Network activity',
    value: 'c2.example.net',
    to_ids: true,
  };
  const event = {
    uuid,
    info: `tagged ${tag}`,
    date: '2026-12-01',
    Tag: [{ name: tag }],
    Attribute: [attribute],
  };
  const { objects } = mispEventToStix(event);
  const report = objects.find((o) => o.type === 'report')!;
  const indicator = objects.find((o) => o.type === 'indicator')!;
  const back = stixToMispEvent(objects, { uuid, info: '', date: '2026-12-01' }).event;
  return { report, indicator, back };
}

test('every TLP value of the MISP taxonomy: a level becomes its TLP 2.0 marking, anything else a label', {
  skip,
}, () => {
  for (const { value } of tlp!.predicates) {
    const tag = `${tlp!.namespace}:${value}`;
    const { report, indicator, back } = tagged(tag);
    const marking = TLP_OF[value];
    if (marking) {
      assert.deepEqual(report.object_marking_refs, [marking], tag);
      assert.deepEqual(indicator.object_marking_refs, [marking], `${tag}: the attribute takes the event's`);
      assert.equal(report.labels, undefined, tag);
    } else {
      assert.equal(report.object_marking_refs, undefined, `${tag} is not a level`);
      assert.deepEqual(report.labels, [tag], `${tag} stays a label`);
    }
    assert.deepEqual(back.Tag, [{ name: tag }], `${tag} comes back as written`);
  }
  assert.ok(tlp!.predicates.length >= 6, 'the taxonomy lists at least the six TLP names');
});

test('every PAP value of the MISP taxonomy becomes its PAP marking and comes back as written', {
  skip,
}, () => {
  for (const { value } of pap!.predicates) {
    const tag = `${pap!.namespace}:${value}`;
    const { report, back } = tagged(tag);
    const level =
      value.toLowerCase() === 'white' ? 'clear' : (value.toLowerCase() as keyof typeof PAP_MARKING_IDS);
    assert.deepEqual(report.object_marking_refs, [PAP_MARKING_IDS[level]], tag);
    assert.deepEqual(back.Tag, [{ name: tag }], tag);
  }
});
