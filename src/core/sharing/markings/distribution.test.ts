import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StixObject } from '../stix/validate.js';
import {
  type Audience,
  type Decision,
  mayDistribute,
  papOf,
  redact,
  type ShareContext,
} from './distribution.js';
import { PAP_MARKING_IDS, type Tlp, TLP_MARKING_IDS } from './tlp.js';

const context: ShareContext = {
  originOrganisation: 'cert-fr',
  originState: 'FR',
  recipientOrganisations: ['cert-de'],
  recipientStates: ['DE', 'IT'],
  namedRecipients: ['user-anna', 'node-it'],
};

const audiences: Record<string, Audience> = {
  origin: { kind: 'user', organisation: 'cert-fr', state: 'FR', userId: 'user-olivier' },
  namedUser: { kind: 'user', organisation: 'police-it', state: 'IT', userId: 'user-anna' },
  namedNode: { kind: 'node', state: 'IT', nodeId: 'node-it' },
  recipientOrgUser: { kind: 'user', organisation: 'cert-de', state: 'DE', userId: 'user-dieter' },
  recipientOrgNeedToKnowUser: {
    kind: 'user',
    organisation: 'cert-de',
    state: 'DE',
    userId: 'user-doris',
    needToKnow: true,
  },
  recipientOrgNode: { kind: 'node', organisation: 'cert-de', state: 'DE', nodeId: 'node-cert-de' },
  recipientStateNode: { kind: 'node', organisation: 'bsi-node', state: 'DE', nodeId: 'node-de' },
  needToKnowUser: {
    kind: 'user',
    organisation: 'police-de',
    state: 'DE',
    userId: 'user-ute',
    needToKnow: true,
  },
  otherRecipientStateUser: { kind: 'user', organisation: 'police-de', state: 'DE', userId: 'user-uwe' },
  communityUser: { kind: 'user', organisation: 'cert-es', state: 'ES', userId: 'user-sara' },
  communityNode: { kind: 'node', state: 'ES', nodeId: 'node-es' },
  public: { kind: 'public' },
};

function object(markings: string[], extra: Record<string, unknown> = {}): StixObject {
  return {
    type: 'indicator',
    id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    spec_version: '2.1',
    object_marking_refs: markings,
    ...extra,
  };
}

function allowed(decision: Decision): string[] {
  assert.ok(decision.allowed, decision.allowed ? '' : decision.reason);
  return decision.redactedPaths;
}

/** Who may receive each level: the rules table of docs/ARCHITECTURE.md. */
const table: Record<Tlp | 'none', string[]> = {
  red: ['origin', 'namedUser', 'namedNode'],
  // Inside the recipient organisation, people still need to know; its node receives for it.
  'amber+strict': ['origin', 'recipientOrgNeedToKnowUser', 'recipientOrgNode'],
  // node-it is the node of a recipient State (IT), so AMBER reaches it too.
  amber: [
    'origin',
    'namedNode',
    'recipientOrgNeedToKnowUser',
    'recipientOrgNode',
    'recipientStateNode',
    'needToKnowUser',
  ],
  none: [
    'origin',
    'namedNode',
    'recipientOrgNeedToKnowUser',
    'recipientOrgNode',
    'recipientStateNode',
    'needToKnowUser',
  ],
  green: Object.keys(audiences).filter((a) => a !== 'public'),
  clear: Object.keys(audiences),
};

describe('mayDistribute: the TLP rules', () => {
  for (const [level, permitted] of Object.entries(table)) {
    it(`${level === 'none' ? 'no TLP marking (treated as AMBER)' : `TLP:${level.toUpperCase()}`} reaches exactly ${permitted.join(', ')}`, () => {
      const markings = level === 'none' ? [] : [TLP_MARKING_IDS[level as Tlp]];
      const reached = Object.entries(audiences)
        .filter(([, audience]) => mayDistribute(object(markings), new Map(), context, audience).allowed)
        .map(([name]) => name);
      assert.deepEqual(reached, permitted);
    });
  }

  it('applies the most restrictive of several markings, and names it', () => {
    const decision = mayDistribute(
      object([TLP_MARKING_IDS.green, TLP_MARKING_IDS.red]),
      new Map(),
      context,
      audiences['communityUser']!,
    );
    assert.deepEqual(decision, {
      allowed: false,
      reason: 'TLP:RED excludes this user',
      marking: TLP_MARKING_IDS.red,
    });
    // A named recipient outside the AMBER audience is still excluded by the AMBER marking.
    assert.equal(
      mayDistribute(
        object([TLP_MARKING_IDS.amber, TLP_MARKING_IDS.red]),
        new Map(),
        context,
        audiences['namedNode']!,
      ).allowed,
      true,
    );
    assert.equal(
      mayDistribute(
        object([TLP_MARKING_IDS['amber+strict'], TLP_MARKING_IDS.red]),
        new Map(),
        context,
        audiences['namedUser']!,
      ).allowed,
      false,
    );
  });

  it('explains the default when there is no TLP marking', () => {
    const decision = mayDistribute(object([]), new Map(), context, audiences['communityUser']!);
    assert.equal(decision.allowed, false);
    assert.match((decision as { reason: string }).reason, /default for objects without a TLP marking/);
  });
});

describe('mayDistribute: markings it cannot interpret', () => {
  const unknown = 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec';

  it('refuses an object carrying an unknown marking, naming it, even next to TLP:CLEAR', () => {
    const decision = mayDistribute(
      object([TLP_MARKING_IDS.clear, unknown]),
      new Map(),
      context,
      audiences['recipientOrgUser']!,
    );
    assert.deepEqual(decision, {
      allowed: false,
      reason: `marking ${unknown} is not known to this node`,
      marking: unknown,
    });
  });

  it('lets statement and PAP markings through without restricting', () => {
    const statementId = 'marking-definition--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061';
    const known = new Map([
      [
        statementId,
        {
          type: 'marking-definition',
          id: statementId,
          definition_type: 'statement',
          definition: { statement: 'Copyright ACME' },
        },
      ],
    ]);
    const markings = [TLP_MARKING_IDS.clear, statementId, PAP_MARKING_IDS.red];
    assert.deepEqual(mayDistribute(object(markings), known, context, audiences['public']!), {
      allowed: true,
      redactedPaths: [],
    });
  });

  it('refuses malformed marking lists', () => {
    assert.equal(
      mayDistribute(object([], { object_marking_refs: 'x' }), new Map(), context, audiences['origin']!)
        .allowed,
      true,
    );
    assert.equal(
      mayDistribute(
        object([], { object_marking_refs: 'x' }),
        new Map(),
        context,
        audiences['recipientOrgUser']!,
      ).allowed,
      false,
    );
  });
});

describe('mayDistribute: granular markings', () => {
  const marked = object([TLP_MARKING_IDS.green], {
    name: 'C2 server',
    description: 'seen at the ministry',
    external_references: [
      { source_name: 'case', external_id: 'FR-2021-7' },
      { source_name: 'vt', url: 'https://vt.example/x' },
      { source_name: 'blog' },
    ],
    granular_markings: [
      { selectors: ['description', 'external_references.[0]'], marking_ref: TLP_MARKING_IDS.red },
      { selectors: ['external_references.[2].source_name'], marking_ref: TLP_MARKING_IDS.clear },
      { selectors: ['name'], lang: 'en' },
    ],
  });

  it('lists fields the audience may not see, and redact removes them', () => {
    const paths = allowed(mayDistribute(marked, new Map(), context, audiences['communityUser']!));
    assert.deepEqual(paths, ['description', 'external_references.[0]']);
    const copy = redact(marked, paths);
    assert.equal(copy['description'], undefined);
    assert.deepEqual(copy['external_references'], [
      { source_name: 'vt', url: 'https://vt.example/x' },
      { source_name: 'blog' },
    ]);
    // Remaining selectors follow the items they marked; those into removed fields are gone.
    assert.deepEqual(copy['granular_markings'], [
      { selectors: ['external_references.[1].source_name'], marking_ref: TLP_MARKING_IDS.clear },
      { selectors: ['name'], lang: 'en' },
    ]);
    assert.equal(marked['description'], 'seen at the ministry', 'redact must not change its input');
  });

  it('redacts nothing for a named recipient', () => {
    assert.deepEqual(allowed(mayDistribute(marked, new Map(), context, audiences['namedUser']!)), []);
  });

  it('refuses the whole object when a selector designates nothing', () => {
    const broken = {
      ...marked,
      granular_markings: [{ selectors: ['external_references.[9]'], marking_ref: TLP_MARKING_IDS.red }],
    };
    const decision = mayDistribute(broken, new Map(), context, audiences['namedUser']!);
    assert.equal(decision.allowed, false);
    assert.match((decision as { reason: string }).reason, /does not resolve/);
  });

  it('refuses rather than strip the markings themselves', () => {
    const sneaky = {
      ...marked,
      granular_markings: [{ selectors: ['object_marking_refs'], marking_ref: TLP_MARKING_IDS.red }],
    };
    assert.equal(mayDistribute(sneaky, new Map(), context, audiences['communityUser']!).allowed, false);
  });

  it('refuses when a granular marking is unknown', () => {
    const unknown = 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec';
    const odd = { ...marked, granular_markings: [{ selectors: ['name'], marking_ref: unknown }] };
    assert.deepEqual(mayDistribute(odd, new Map(), context, audiences['namedUser']!), {
      allowed: false,
      reason: `marking ${unknown} is not known to this node`,
      marking: unknown,
    });
  });

  it('removes a list emptied by redaction', () => {
    const single = object([], {
      labels: ['secret'],
      granular_markings: [{ selectors: ['labels.[0]'], marking_ref: TLP_MARKING_IDS.red }],
    });
    const copy = redact(single, ['labels.[0]']);
    assert.equal('labels' in copy, false);
    assert.equal('granular_markings' in copy, false);
  });
});

describe('papOf', () => {
  it('reads PAP from markings and labels, the most restrictive winning', () => {
    assert.equal(papOf(object([PAP_MARKING_IDS.green])), 'green');
    assert.equal(papOf(object([PAP_MARKING_IDS.green], { labels: ['PAP:AMBER'] })), 'amber');
    assert.equal(papOf(object([TLP_MARKING_IDS.red])), undefined);
  });
});
