/**
 * Property-based proof of the distribution rules: random objects with random object-level
 * and granular markings (unknown ids included), random share contexts and audiences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseSelector, resolveSelector, selectorCovers } from '../stix/selectors.js';
import type { StixObject } from '../stix/validate.js';
import { type Audience, type Decision, mayDistribute, redact, type ShareContext } from './distribution.js';
import { PAP_MARKING_IDS, TLP_1_MARKING_IDS, type Tlp, TLP_MARKING_IDS } from './tlp.js';

const STATEMENT = 'marking-definition--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061';
const FOREIGN_AMBER = 'marking-definition--1f1c1a5a-5c2f-4c89-b3b8-3b0a5f2d2b11';
const UNSUPPORTED = 'marking-definition--2e2c1a5a-5c2f-4c89-b3b8-3b0a5f2d2b22';
const known = new Map<string, StixObject>([
  [
    STATEMENT,
    {
      type: 'marking-definition',
      id: STATEMENT,
      definition_type: 'statement',
      definition: { statement: '(c) ACME' },
    },
  ],
  [
    FOREIGN_AMBER,
    { type: 'marking-definition', id: FOREIGN_AMBER, definition_type: 'tlp', definition: { tlp: 'amber' } },
  ],
  [
    UNSUPPORTED,
    { type: 'marking-definition', id: UNSUPPORTED, definition_type: 'x-classified', definition: {} },
  ],
]);

/** The level each TLP-bearing id stands for, as the test's own independent table. */
const LEVEL_OF: Record<string, Tlp> = {
  ...Object.fromEntries(Object.entries(TLP_MARKING_IDS).map(([tlp, id]) => [id, tlp as Tlp])),
  [TLP_1_MARKING_IDS.white]: 'clear',
  [TLP_1_MARKING_IDS.green]: 'green',
  [TLP_1_MARKING_IDS.amber]: 'amber',
  [TLP_1_MARKING_IDS.red]: 'red',
  [FOREIGN_AMBER]: 'amber',
};
const HARMLESS = [STATEMENT, ...Object.values(PAP_MARKING_IDS)];
const unknownId = fc.uuid({ version: 4 }).map((uuid) => `marking-definition--${uuid}`);
const unusable = fc.oneof(unknownId, fc.constant(UNSUPPORTED));
const usable = fc.constantFrom(...Object.keys(LEVEL_OF), ...HARMLESS);
const tlpRef = fc.constantFrom(...Object.keys(LEVEL_OF));
const anyRef = fc.oneof({ weight: 5, arbitrary: usable }, { weight: 1, arbitrary: unusable });

const ORGS = ['o1', 'o2', 'o3'];
const STATES = ['S1', 'S2', 'S3'];
const NAMES = ['u1', 'u2', 'n1', 'n2'];
const subset = <T>(items: T[]) => fc.subarray(items);
const context: fc.Arbitrary<ShareContext> = fc.record({
  originOrganisation: fc.constantFrom(...ORGS),
  originState: fc.constantFrom(...STATES),
  recipientOrganisations: subset(ORGS),
  recipientStates: subset(STATES),
  namedRecipients: subset(NAMES),
});
const audience: fc.Arbitrary<Audience> = fc.record(
  {
    kind: fc.constantFrom('user', 'node', 'public'),
    organisation: fc.constantFrom(...ORGS, 'o4'),
    state: fc.constantFrom(...STATES),
    userId: fc.constantFrom('u1', 'u2', 'u3'),
    nodeId: fc.constantFrom('n1', 'n2', 'n3'),
    needToKnow: fc.boolean(),
  },
  { requiredKeys: ['kind'] },
);

/** Field values are unique tokens, so a redacted value can be looked for in the output. */
let token = 0;
const value = () => `v${token++}`;
const body = fc
  .record({ labels: fc.integer({ min: 1, max: 3 }), refs: fc.integer({ min: 1, max: 3 }) })
  .map(({ labels, refs }) => ({
    name: value(),
    description: value(),
    labels: Array.from({ length: labels }, value),
    external_references: Array.from({ length: refs }, () => ({ source_name: value(), external_id: value() })),
  }));
const selectorsFor = (b: { labels: string[]; external_references: unknown[] }) => [
  'name',
  'description',
  'labels',
  'external_references',
  ...b.labels.map((_, i) => `labels.[${i}]`),
  ...b.external_references.flatMap((_, i) => [
    `external_references.[${i}]`,
    `external_references.[${i}].source_name`,
  ]),
];
const object = (granularRef: fc.Arbitrary<string>, objectRef: fc.Arbitrary<string>) =>
  body.chain((b) =>
    fc
      .record({
        markings: fc.uniqueArray(objectRef, { maxLength: 3 }),
        granular: fc.array(
          fc.record({
            selectors: fc.uniqueArray(
              fc.oneof(
                { weight: 20, arbitrary: fc.constantFrom(...selectorsFor(b)) },
                fc.constantFrom('labels.[7]', 'type', 'object_marking_refs'),
              ),
              { minLength: 1, maxLength: 3 },
            ),
            marking_ref: granularRef,
          }),
          { maxLength: 3 },
        ),
      })
      .map(({ markings, granular }) => build(b, markings, granular)),
  );

function build(
  b: object,
  markings: string[],
  granular: Array<{ selectors: string[]; marking_ref: string }>,
): StixObject {
  const result: StixObject = {
    type: 'indicator',
    id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    ...structuredClone(b),
  };
  if (markings.length > 0) result['object_marking_refs'] = markings;
  if (granular.length > 0) result['granular_markings'] = granular;
  return result;
}

/** The test's own statement of who may see each level. */
function admits(level: Tlp, c: ShareContext, a: Audience): boolean {
  if (a.kind !== 'public' && a.organisation === c.originOrganisation) return true;
  const org =
    a.kind !== 'public' && a.organisation !== undefined && c.recipientOrganisations.includes(a.organisation);
  const state = a.state !== undefined && c.recipientStates.includes(a.state);
  return {
    clear: true,
    green: a.kind !== 'public',
    amber: (a.kind === 'node' || a.needToKnow === true) && (org || state),
    'amber+strict': (a.kind === 'node' || a.needToKnow === true) && org,
    red:
      (a.kind === 'user' && c.namedRecipients.includes(a.userId ?? '')) ||
      (a.kind === 'node' && c.namedRecipients.includes(a.nodeId ?? '')),
  }[level];
}

const isOrigin = (c: ShareContext, a: Audience) =>
  a.kind !== 'public' && a.organisation === c.originOrganisation;
const refsOf = (o: StixObject) => (o['object_marking_refs'] as string[] | undefined) ?? [];
const granularOf = (o: StixObject) =>
  (o['granular_markings'] as Array<{ selectors: string[]; marking_ref: string }> | undefined) ?? [];
const covered = (paths: string[], selector: string) =>
  paths.some((p) => selectorCovers(parseSelector(p)!, parseSelector(selector)!));

/** `after` gives the audience no more than `before`: refused, or allowed with at least as much removed. */
function noWider(before: Decision, after: Decision): boolean {
  if (!after.allowed) return true;
  return before.allowed && before.redactedPaths.every((p) => covered(after.redactedPaths, p));
}

const RUNS = { numRuns: 1500 };

describe('distribution properties', () => {
  it('nothing reaches an audience that an applicable marking excludes', () => {
    fc.assert(
      fc.property(object(anyRef, anyRef), context, audience, (o, c, a) => {
        const decision = mayDistribute(o, known, c, a);
        if (!decision.allowed || isOrigin(c, a)) return;
        const levels = refsOf(o).map((ref) => LEVEL_OF[ref]);
        assert.ok(
          refsOf(o).every((ref) => LEVEL_OF[ref] || HARMLESS.includes(ref)),
          'an unusable marking was let through',
        );
        const applicable = levels.filter((l): l is Tlp => l !== undefined);
        for (const level of applicable.length > 0 ? applicable : (['amber'] as Tlp[]))
          assert.ok(admits(level, c, a), level);
        for (const { selectors, marking_ref: ref } of granularOf(o)) {
          assert.ok(LEVEL_OF[ref] || HARMLESS.includes(ref), 'an unusable granular marking was let through');
          for (const selector of selectors) {
            assert.ok(resolveSelector(o, selector).found, 'an unresolvable selector was let through');
            const level = LEVEL_OF[ref];
            if (level && !admits(level, c, a))
              assert.ok(covered(decision.redactedPaths, selector), `${selector} not redacted`);
          }
        }
        for (const path of decision.redactedPaths)
          assert.ok(!['type', 'id', 'object_marking_refs'].includes(path));
      }),
      RUNS,
    );
  });

  it('redact removes every listed path and keeps the remaining selectors on their content', () => {
    fc.assert(
      fc.property(object(usable, usable), context, audience, (o, c, a) => {
        const decision = mayDistribute(o, known, c, a);
        if (!decision.allowed) return;
        const copy = redact(o, decision.redactedPaths);
        const text = JSON.stringify(copy);
        for (const path of decision.redactedPaths) {
          const removed = JSON.stringify(resolveSelector(o, path));
          for (const hidden of removed.match(/v\d+/g) ?? [])
            assert.ok(!text.includes(`"${hidden}"`), `${hidden} at ${path} survived`);
        }
        // Every surviving selector still designates (what is left of) content its marking covered.
        const tokens = (v: unknown) => JSON.stringify(v).match(/v\d+/g) ?? [];
        for (const { selectors, marking_ref: ref } of granularOf(copy)) {
          const before = new Set(
            granularOf(o)
              .filter((g) => g.marking_ref === ref)
              .flatMap((g) => g.selectors.flatMap((s) => tokens(resolveSelector(o, s)))),
          );
          for (const s of selectors) {
            const now = resolveSelector(copy, s);
            assert.ok(now.found, s);
            for (const t of tokens(now)) assert.ok(before.has(t), `${s} now points at ${t}`);
          }
        }
      }),
      RUNS,
    );
  });

  it('an unknown marking never widens distribution', () => {
    fc.assert(
      fc.property(
        object(anyRef, anyRef),
        unusable,
        fc.boolean(),
        context,
        audience,
        (o, extra, granular, c, a) => {
          const with_ = structuredClone(o);
          if (granular)
            with_['granular_markings'] = [...granularOf(o), { selectors: ['name'], marking_ref: extra }];
          else with_['object_marking_refs'] = [...refsOf(o), extra];
          const after = mayDistribute(with_, known, c, a);
          assert.ok(noWider(mayDistribute(o, known, c, a), after));
          if (!isOrigin(c, a)) assert.equal(after.allowed, false);
        },
      ),
      RUNS,
    );
  });

  it('adding a marking never widens distribution once an object carries a TLP marking', () => {
    const marked = fc.tuple(object(anyRef, anyRef), tlpRef).map(([o, tlp]) => {
      o['object_marking_refs'] = [...new Set([...refsOf(o), tlp])];
      return o;
    });
    fc.assert(
      fc.property(
        marked,
        anyRef,
        fc.boolean(),
        fc.nat(),
        context,
        audience,
        (o, extra, granular, pick, c, a) => {
          const with_ = structuredClone(o);
          if (granular) {
            const selectors = selectorsFor(
              o as unknown as { labels: string[]; external_references: unknown[] },
            );
            with_['granular_markings'] = [
              ...granularOf(o),
              { selectors: [selectors[pick % selectors.length]!], marking_ref: extra },
            ];
          } else with_['object_marking_refs'] = [...new Set([...refsOf(o), extra])];
          assert.ok(noWider(mayDistribute(o, known, c, a), mayDistribute(with_, known, c, a)));
        },
      ),
      RUNS,
    );
  });

  it('an object without a TLP marking is treated exactly as TLP:AMBER', () => {
    const plain = object(anyRef, fc.constantFrom(...HARMLESS));
    fc.assert(
      fc.property(plain, context, audience, (o, c, a) => {
        // A selector naming object_marking_refs resolves only once the list exists.
        fc.pre(!granularOf(o).some(({ selectors }) => selectors.includes('object_marking_refs')));
        const amber = { ...o, object_marking_refs: [...refsOf(o), TLP_MARKING_IDS.amber] };
        assert.equal(mayDistribute(o, known, c, a).allowed, mayDistribute(amber, known, c, a).allowed);
      }),
      RUNS,
    );
  });
});
