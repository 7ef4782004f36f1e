import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatIpv6 } from './ip-address.js';
import { guessObservable, normaliseObservable, OBSERVABLE_KINDS, type ObservableKind } from './normalise.js';

function key(kind: ObservableKind, raw: string): string {
  const result = normaliseObservable(kind, raw);
  assert.ok(!('error' in result), `${kind} ${raw}: ${'error' in result ? result.error : ''}`);
  return result.value;
}

function error(kind: ObservableKind, raw: string): string {
  const result = normaliseObservable(kind, raw);
  assert.ok('error' in result, `${kind} ${raw} should be refused, got ${JSON.stringify(result)}`);
  return result.error;
}

describe('IPv4', () => {
  it('keeps a dotted quad and zeroes host bits of a block', () => {
    assert.equal(key('ipv4', ' 198.51.100.7 '), '198.51.100.7');
    assert.equal(key('ipv4', '10.1.2.3/8'), '10.0.0.0/8');
    assert.equal(key('ipv4', '198.51.100.7/32'), '198.51.100.7');
    assert.equal(key('ipv4', '0.0.0.0/0'), '0.0.0.0/0');
  });

  it('refuses leading zeros (octal to some parsers) and other shapes', () => {
    assert.match(error('ipv4', '010.0.0.1'), /leading zeros/);
    for (const bad of ['256.1.1.1', '1.2.3', '1.2.3.4.5', '1.2.3.4/33', '1.2.3.4/', '0x7f.0.0.1', ''])
      error('ipv4', bad);
  });
});

describe('IPv6 (RFC 5952)', () => {
  const same: Array<[string, string]> = [
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['::0:1', '::1'],
    ['fe80:0:0:0:0:0:0:0', 'fe80::'],
    ['::FFFF:C000:0280', '::ffff:192.0.2.128'],
    ['::ffff:192.0.2.128', '::ffff:192.0.2.128'],
    ['64:ff9b::c000:221', '64:ff9b::192.0.2.33'],
    ['::192.0.2.1', '::c000:201'],
    ['2001:db8:1:2:3:4:5:6/48', '2001:db8:1::/48'],
    ['2001:db8::1/128', '2001:db8::1'],
  ];
  for (const [raw, canonical] of same)
    it(`${raw} → ${canonical}`, () => assert.equal(key('ipv6', raw), canonical));

  it('refuses malformed text', () => {
    for (const bad of [
      '1::2::3',
      '1:2:3:4:5:6:7:8:9',
      '12345::',
      'fe80::1%eth0',
      '::1.2.3',
      '1:2:3:4:5:6:7::8',
      'g::1',
      '::/129',
    ]) {
      error('ipv6', bad);
    }
  });
});

describe('domains, URLs and e-mail addresses', () => {
  it('lower-cases, drops the trailing dot and writes IDNs as punycode', () => {
    assert.equal(key('domain', 'WWW.Example.ORG.'), 'www.example.org');
    assert.equal(key('domain', 'Bücher.de'), 'xn--bcher-kva.de');
    assert.equal(key('domain', 'xn--bcher-kva.de'), 'xn--bcher-kva.de');
    assert.equal(key('domain', '例え.テスト'), 'xn--r8jz45g.xn--zckzah');
    assert.equal(key('domain', '_dmarc.example.org'), '_dmarc.example.org');
  });

  it('refuses invalid labels', () => {
    for (const bad of [
      '-a.example',
      'a-.example',
      'a..example',
      'a b.example',
      'xn--a.example',
      `${'a'.repeat(64)}.example`,
      '1.2.3.4',
      'evil.example/x',
      '',
    ]) {
      error('domain', bad);
    }
  });

  it('gives URLs one canonical form', () => {
    assert.equal(
      key('url', 'HTTP://User@EXAMPLE.org.:80/a/../b/%7e%41%2f?#frag'),
      'http://User@example.org/b/~A%2F',
    );
    assert.equal(key('url', 'https://example.org'), 'https://example.org/');
    assert.equal(key('url', 'https://example.org:443/?'), 'https://example.org/');
    assert.equal(key('url', 'https://example.org:8443/x?b=2&a=1'), 'https://example.org:8443/x?b=2&a=1');
    assert.equal(key('url', 'http://Bücher.de/ä'), 'http://xn--bcher-kva.de/%C3%A4');
    assert.equal(key('url', 'evil.example/path'), 'http://evil.example/path');
    assert.equal(key('url', 'localhost:8080/x'), 'http://localhost:8080/x');
    assert.equal(key('url', 'http://[2001:DB8::1]/'), 'http://[2001:db8::1]/');
    error('url', 'http://exa mple.org/');
  });

  it('normalises e-mail addresses (domain as a domain, local part lower case)', () => {
    assert.equal(key('email', 'John.Doe+tag@Bücher.DE.'), 'john.doe+tag@xn--bcher-kva.de');
    for (const bad of ['no-at-sign', '@example.org', 'a@', 'a@-bad.example']) error('email', bad);
  });
});

describe('hashes and other kinds', () => {
  it('lower-cases hashes and checks their length', () => {
    assert.equal(key('md5', 'D41D8CD98F00B204E9800998ECF8427E'), 'd41d8cd98f00b204e9800998ecf8427e');
    assert.match(error('sha256', 'abc'), /64 hex digits, not 3/);
    error('sha1', 'z'.repeat(40));
    assert.equal(
      key('ssdeep', ' 3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C '),
      '3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C',
    );
    assert.equal(key('tlsh', `t1${'AB'.repeat(35)}`), `T1${'ab'.repeat(35)}`);
  });

  it('normalises MAC addresses, AS numbers, registry keys and certificate serials', () => {
    for (const mac of ['AA-BB-CC-DD-EE-FF', 'aa:bb:cc:dd:ee:ff', 'aabb.ccdd.eeff', 'AABBCCDDEEFF']) {
      assert.equal(key('mac', mac), 'aa:bb:cc:dd:ee:ff');
    }
    error('mac', 'aa:bb:cc:dd:ee');
    assert.equal(key('asn', 'as13335'), 'AS13335');
    assert.equal(key('asn', '13335'), 'AS13335');
    assert.equal(key('asn', '1.10'), 'AS65546');
    error('asn', '4294967296');
    assert.equal(key('registry-key', 'HKLM\\Software\\\\Run\\'), 'hkey_local_machine\\software\\run');
    assert.equal(key('x509-serial', '00:A1:b2'), 'a1b2');
    assert.equal(key('mutex', 'Global\\MyMutex'), 'Global\\MyMutex');
    error('filename', '');
  });
});

describe('guessObservable', () => {
  const guesses: Array<[string, ObservableKind | undefined, string?]> = [
    ['198.51.100.7', 'ipv4'],
    ['10.0.0.0/8', 'ipv4'],
    ['2001:db8::1', 'ipv6'],
    ['https://evil.example/a', 'url'],
    ['hxxps://evil[.]example/a', 'url', 'https://evil.example/a'],
    ['evil.example/a', 'url', 'http://evil.example/a'],
    ['Victim@Example.org', 'email', 'victim@example.org'],
    ['user[@]example[.]org', 'email', 'user@example.org'],
    ['d41d8cd98f00b204e9800998ecf8427e', 'md5'],
    ['da39a3ee5e6b4b0d3255bfef95601890afd80709', 'sha1'],
    ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'sha256'],
    ['a'.repeat(128), 'sha512'],
    ['12345678901234567890123456789012', 'md5'],
    ['evil[.]example', 'domain', 'evil.example'],
    ['AS64496', 'asn'],
    ['aa:bb:cc:dd:ee:ff', 'mac'],
    ['just words', undefined],
    ['1.2.3', undefined],
    ['abc', undefined],
  ];
  for (const [raw, kind, value] of guesses) {
    it(`${raw} → ${kind ?? 'nothing'}`, () => {
      const guess = guessObservable(raw);
      assert.equal(guess?.kind, kind);
      if (value !== undefined) assert.equal(guess?.value, value);
    });
  }
});

describe('properties', () => {
  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));
  const ipv6Groups = fc.array(fc.oneof(fc.constant(0), fc.nat(0xffff)), { minLength: 8, maxLength: 8 });
  /** Writes the same IPv6 address in a random style: padding, case, and which zero run is shortened. */
  const ipv6Spellings = ipv6Groups.chain((groups) =>
    fc
      .record({ pad: fc.boolean(), upper: fc.boolean(), compress: fc.nat(7) })
      .map(({ pad, upper, compress }) => {
        let parts = groups.map((g) => {
          const hex = pad ? g.toString(16).padStart(4, '0') : g.toString(16);
          return upper ? hex.toUpperCase() : hex;
        });
        let text = parts.join(':');
        if (groups[compress] === 0) {
          let end = compress;
          while (end < 8 && groups[end] === 0) end++;
          parts = [...parts.slice(0, compress), '', ...parts.slice(end)];
          text = parts.join(':');
          if (compress === 0) text = `:${text}`;
          if (end === 8) text = `${text}:`;
        }
        return { groups, text };
      }),
  );
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
  const domain = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 4 }), fc.stringMatching(/^[a-z]{2,6}$/))
    .map(([labels, tld]) => [...labels, tld].join('.'));

  it('every spelling of an IPv6 address gives one key', () => {
    fc.assert(
      fc.property(ipv6Spellings, ({ groups, text }) => {
        const canonical = formatIpv6(groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n));
        assert.equal(key('ipv6', text), canonical);
      }),
    );
  });

  it('IPv4 and CIDR keys do not depend on host bits or spacing', () => {
    fc.assert(
      fc.property(ipv4, fc.nat(32), fc.boolean(), (address, prefix, pad) => {
        const a = key('ipv4', `${pad ? ' ' : ''}${address}/${prefix}`);
        const [network] = a.split('/');
        assert.equal(key('ipv4', `${network}/${prefix}`), a);
      }),
    );
  });

  it('domain case and trailing dot do not matter', () => {
    fc.assert(
      fc.property(domain, fc.boolean(), (name, dot) => {
        const mixed = [...name].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');
        assert.equal(key('domain', `${mixed}${dot ? '.' : ''}`), key('domain', name));
      }),
    );
  });

  it('normalisation is idempotent for every kind', () => {
    const samples = fc.oneof(
      ipv4,
      ipv6Spellings.map((s) => s.text),
      domain,
      domain.map((d) => `https://${d.toUpperCase()}:443/%7e/a?x=%2f#f`),
      domain.map((d) => `User.Name@${d}`),
      fc.stringMatching(/^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{64}$/),
      fc.stringMatching(/^([0-9A-F]{2}-){5}[0-9A-F]{2}$/),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...OBSERVABLE_KINDS), samples, (kind, raw) => {
        const first = normaliseObservable(kind, raw);
        if ('error' in first) return;
        assert.deepEqual(normaliseObservable(kind, first.value), first);
      }),
      { numRuns: 3000 },
    );
  });
});
