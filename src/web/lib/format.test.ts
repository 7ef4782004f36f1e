import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatBytes,
  formatDay,
  formatDuration,
  formatInstant,
  formatSeconds,
  splitList,
  timeLeft,
} from './format';

test('an instant is written per locale and in the zone asked for, naming the zone', () => {
  const at = '2026-12-07T02:30:00Z';
  const vienna = formatInstant('en-GB', at, 'Europe/Vienna');
  const bogota = formatInstant('en-GB', at, 'America/Bogota');
  assert.match(vienna, /03:30/);
  assert.match(bogota, /21:30/);
  assert.match(bogota, /6 Dec/);
  assert.match(formatInstant('ar', at, 'Europe/Vienna'), /ديسمبر/, 'the month in Arabic');
  assert.match(formatInstant('zh', at, 'Asia/Shanghai'), /12月7日/);
});

test('durations keep the two largest units, in the locale’s words', () => {
  const H = 3_600_000;
  assert.equal(formatDuration('en', 2 * 24 * H + 3 * H), '2 days 3 hr');
  assert.equal(formatDuration('en', 90 * 60_000), '1 hr 30 min');
  assert.equal(formatDuration('en', 45 * 60_000), '45 min');
  assert.match(formatDuration('fr', 3 * 24 * H), /3\s?j/);
  assert.match(formatDuration('ru', 5 * H), /5 ч/);
});

test('time left says when a deadline is pressing or overdue', () => {
  const now = new Date('2026-12-07T03:00:00Z');
  assert.deepEqual(timeLeft(now, '2026-12-07T05:00:00Z'), {
    ms: 2 * 3_600_000,
    overdue: false,
    pressing: false,
  });
  assert.equal(timeLeft(now, '2026-12-07T03:30:00Z').pressing, true);
  assert.equal(timeLeft(now, '2026-12-07T02:00:00Z').overdue, true);
});

test('sizes are written with the locale’s units', () => {
  assert.equal(formatBytes('en', 512), '512 byte');
  assert.equal(formatBytes('en', 1536), '1.5 kB');
  assert.match(formatBytes('fr', 5 * 1024 * 1024), /^5\sMo$/);
});

test('a typed list splits on commas and spaces, blanks dropped', () => {
  assert.deepEqual(splitList(' XA, XB  ,XC '), ['XA', 'XB', 'XC']);
  assert.deepEqual(splitList('en fr,, ar'), ['en', 'fr', 'ar']);
  assert.deepEqual(splitList(' , '), []);
});

test('short times take the unit a reader takes in at once (finer below a second), and days per locale', () => {
  assert.equal(formatSeconds('en', 0.42), '0.42 sec');
  assert.equal(formatSeconds('en', 2.25), '2.3 sec');
  assert.equal(formatSeconds('en', 38), '38 sec');
  assert.equal(formatSeconds('en', 90), '1.5 min');
  assert.equal(formatSeconds('en', 7200), '2 hr');
  assert.equal(formatDay('en-GB', '2026-03-05'), '5 Mar');
  assert.equal(formatDay('en-GB', '2026-03-05', true), '5 Mar 2026');
  assert.match(formatDay('zh', '2026-03-05'), /3月5日/);
  assert.match(formatDay('ar', '2026-03-05'), /مارس/);
});
