import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { normaliseObservable, type ObservableKind } from './normalise.js';
import { warningFor } from './warning-lists.js';

function warning(kind: ObservableKind, raw: string): string | undefined {
  const key = normaliseObservable(kind, raw);
  assert.ok(!('error' in key), `${raw} should normalise`);
  return warningFor(key);
}

describe('warningFor addresses', () => {
  const listed: Array<[ObservableKind, string, RegExp]> = [
    ['ipv4', '10.20.30.40', /RFC 1918 private range/],
    ['ipv4', '172.31.255.255', /RFC 1918/],
    ['ipv4', '192.168.1.0/24', /RFC 1918/],
    ['ipv4', '100.64.0.1', /RFC 6598/],
    ['ipv4', '127.0.0.1', /loopback/],
    ['ipv4', '169.254.10.10', /link-local/],
    ['ipv4', '224.0.0.251', /multicast/],
    ['ipv4', '0.0.0.0', /unspecified/],
    ['ipv4', '192.0.2.1', /documentation prefix \(RFC 5737\)/],
    ['ipv4', '198.51.100.200', /documentation prefix \(RFC 5737\)/],
    ['ipv4', '203.0.113.0/25', /documentation prefix \(RFC 5737\)/],
    ['ipv4', '255.255.255.255', /broadcast/],
    ['ipv6', '::1', /loopback/],
    ['ipv6', '::', /unspecified/],
    ['ipv6', 'fe80::1', /link-local/],
    ['ipv6', 'ff02::1', /multicast/],
    ['ipv6', 'fd12:3456::1', /unique local/],
    ['ipv6', '2001:db8:ffff::1', /RFC 3849 documentation prefix/],
    ['ipv6', '2001:db8::/48', /RFC 3849/],
    ['ipv6', '::ffff:10.0.0.1', /IPv4-mapped address in the RFC 1918 private range/],
  ];
  for (const [kind, raw, expected] of listed) {
    it(`${raw} is listed`, () => assert.match(warning(kind, raw) ?? '', expected));
  }

  it('matches prefixes exactly, not by string', () => {
    // Just outside the listed ranges on either side.
    for (const raw of [
      '172.15.255.255',
      '172.32.0.0',
      '100.63.255.255',
      '100.128.0.0',
      '192.0.3.0',
      '198.51.101.0',
      '11.0.0.0',
      '9.255.255.255',
    ]) {
      assert.equal(warning('ipv4', raw), undefined, raw);
    }
    for (const raw of ['2001:db9::1', '2001:db7:ffff::1', 'fec0::1', '2001:4860::8888'])
      assert.equal(warning('ipv6', raw), undefined, raw);
    // A block that only partly overlaps a listed range is not itself in it.
    assert.equal(warning('ipv4', '10.0.0.0/7'), undefined);
    assert.equal(warning('ipv6', '2001:d00::/24'), undefined);
  });
});

describe('warningFor names and hashes', () => {
  it('flags reserved TLDs and example domains, in domains, URLs and e-mail addresses', () => {
    assert.match(warning('domain', 'www.example.com') ?? '', /reserved example domain \(RFC 2606\)/);
    assert.match(warning('domain', 'example.net') ?? '', /RFC 2606/);
    assert.match(warning('domain', 'a.test') ?? '', /\.test/);
    assert.match(warning('domain', 'foo.invalid') ?? '', /\.invalid/);
    assert.match(warning('domain', 'localhost') ?? '', /\.localhost/);
    assert.match(warning('url', 'https://login.example.org/x') ?? '', /RFC 2606/);
    assert.match(warning('url', 'http://192.168.0.1:8080/') ?? '', /RFC 1918/);
    assert.match(warning('url', 'http://[::1]/') ?? '', /loopback/);
    assert.match(warning('email', 'ceo@example.com') ?? '', /RFC 2606/);
    assert.equal(warning('domain', 'notexample.com'), undefined);
    assert.equal(warning('domain', 'example.com.evil.net'), undefined);
  });

  it('flags the hashes of empty content, which are those of zero bytes', () => {
    for (const [kind, algorithm] of [
      ['md5', 'md5'],
      ['sha1', 'sha1'],
      ['sha256', 'sha256'],
      ['sha512', 'sha512'],
      ['sha3-256', 'sha3-256'],
      ['sha3-512', 'sha3-512'],
    ] as const) {
      const empty = createHash(algorithm).update('').digest('hex');
      assert.match(warning(kind, empty.toUpperCase()) ?? '', /hash of empty content/);
    }
    assert.equal(warning('md5', createHash('md5').update('x').digest('hex')), undefined);
  });
});
