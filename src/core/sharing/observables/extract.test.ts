import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSharedObjects, SHARED_DIR, STIX_EXAMPLE_FILES } from '../../../../test/support/shared-data.js';
import type { StixObject } from '../stix/validate.js';
import { extractObservables } from './extract.js';

const ID = '8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f';

function sco(type: string, properties: Record<string, unknown>): StixObject {
  return { type, id: `${type}--${ID}`, ...properties };
}

describe('extractObservables from observable objects', () => {
  const cases: Array<[StixObject, Array<[string, string]>]> = [
    [sco('ipv4-addr', { value: '198.51.100.7' }), [['ipv4', '198.51.100.7']]],
    [sco('ipv6-addr', { value: '2001:DB8::0:1' }), [['ipv6', '2001:db8::1']]],
    [sco('domain-name', { value: 'Evil.Example.' }), [['domain', 'evil.example']]],
    [sco('url', { value: 'HTTP://evil.example' }), [['url', 'http://evil.example/']]],
    [sco('email-addr', { value: 'A@Evil.Example' }), [['email', 'a@evil.example']]],
    [sco('mac-addr', { value: 'AA-BB-CC-DD-EE-FF' }), [['mac', 'aa:bb:cc:dd:ee:ff']]],
    [sco('autonomous-system', { number: 64496 }), [['asn', 'AS64496']]],
    [sco('mutex', { name: 'Global\\x' }), [['mutex', 'Global\\x']]],
    [sco('windows-registry-key', { key: 'HKLM\\Run' }), [['registry-key', 'hkey_local_machine\\run']]],
    [
      sco('user-account', { user_id: '1001', account_login: 'jdoe' }),
      [
        ['user-account', '1001'],
        ['user-account', 'jdoe'],
      ],
    ],
    [
      sco('x509-certificate', { serial_number: '00:AB', hashes: { 'SHA-1': 'A'.repeat(40) } }),
      [
        ['x509-serial', 'ab'],
        ['sha1', 'a'.repeat(40)],
      ],
    ],
    [
      sco('file', {
        name: 'invoice.exe',
        hashes: { MD5: 'F'.repeat(32), 'SHA-256': 'e'.repeat(64), 'X-CUSTOM': '1', sha256: 'E'.repeat(64) },
      }),
      [
        ['filename', 'invoice.exe'],
        ['md5', 'f'.repeat(32)],
        ['sha256', 'e'.repeat(64)],
      ],
    ],
    [sco('network-traffic', { src_ref: `ipv4-addr--${ID}`, protocols: ['tcp'] }), []],
    [sco('ipv4-addr', { value: 'not an address' }), []],
  ];
  for (const [object, expected] of cases) {
    it(`${object.type} → ${expected.map(([k]) => k).join(', ') || 'nothing'}`, () => {
      assert.deepEqual(
        extractObservables(object).map((k) => [k.kind, k.value]),
        expected,
      );
    });
  }
});

describe('extractObservables from indicator patterns', () => {
  function indicator(pattern: string, patternType = 'stix'): StixObject {
    return { type: 'indicator', id: `indicator--${ID}`, pattern, pattern_type: patternType };
  }

  it('takes equality and IN values, never negated or other comparisons', () => {
    const keys = extractObservables(
      indicator(
        "[ipv4-addr:value = '198.51.100.7' OR domain-name:value IN ('A.example', 'b.example') OR domain-name:value != 'c.example' OR domain-name:value NOT = 'd.example' OR url:value LIKE 'http://e.example/%'] " +
          `FOLLOWEDBY [file:hashes.'SHA-256' = 'AB${'0'.repeat(62)}' AND file:hashes.MD5 = '${'1'.repeat(32)}' AND email-message:from_ref.value = 'X@f.example' AND network-traffic:dst_ref.value = '2001:db8::5' AND ipv4-addr:value = '198.51.100.7']`,
      ),
    );
    assert.deepEqual(
      keys.map((k) => `${k.kind} ${k.value}`),
      [
        'ipv4 198.51.100.7',
        'domain a.example',
        'domain b.example',
        `sha256 ab${'0'.repeat(62)}`,
        `md5 ${'1'.repeat(32)}`,
        'email x@f.example',
        'ipv6 2001:db8::5',
      ],
    );
  });

  it('ignores other pattern languages and patterns that do not parse', () => {
    assert.deepEqual(
      extractObservables(indicator("alert tcp any any -> 198.51.100.7 any (msg:'x';)", 'snort')),
      [],
    );
    assert.deepEqual(extractObservables(indicator("[ipv4-addr:value = '198.51.100.7'")), []);
  });
});

describe('extractObservables on the OASIS examples', async () => {
  const files = await Promise.all(STIX_EXAMPLE_FILES.map(loadSharedObjects));
  const skip = files.includes(undefined) ? `no shared data at ${SHARED_DIR.pathname}` : false;
  it('finds the poisonivy infrastructure addresses and domains', { skip }, () => {
    const keys = files.flat().flatMap((o) => extractObservables(o as StixObject));
    const values = new Set(keys.map((k) => `${k.kind} ${k.value}`));
    assert.ok(values.has('domain www.webserver.dynssl.com'));
    assert.ok(values.has('ipv4 113.10.246.30'));
    assert.ok(values.has('sha256 ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c'));
  });
});
