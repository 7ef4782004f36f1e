/**
 * The console's message catalogues: the six UN languages hold the same keys, every key is used
 * by the console's code and every key the code names exists, every message is valid ICU with
 * the same placeholders as English, and the metadata of unsettled translations names real keys.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const WEB = fileURLToPath(new URL('../../src/web', import.meta.url));
const MESSAGES = join(WEB, 'i18n', 'messages');
const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

type Catalogue = Record<string, string>;
const catalogues = Object.fromEntries(
  LANGUAGES.map((l) => [l, JSON.parse(readFileSync(join(MESSAGES, `${l}.json`), 'utf8')) as Catalogue]),
) as Record<(typeof LANGUAGES)[number], Catalogue>;
const english = catalogues.en;

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'messages' && name !== 'api') sources(path, out);
    } else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}
const code = sources(WEB)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

test('every catalogue holds exactly the keys of every other', () => {
  const keys = Object.keys(english).sort();
  assert.ok(keys.length > 300, 'the English catalogue is the full console');
  for (const language of LANGUAGES) {
    const theirs = Object.keys(catalogues[language]).sort();
    assert.deepEqual(
      theirs.filter((k) => !(k in english)),
      [],
      `${language}.json has keys English does not`,
    );
    assert.deepEqual(
      keys.filter((k) => !(k in catalogues[language])),
      [],
      `${language}.json lacks keys English has`,
    );
    for (const [key, message] of Object.entries(catalogues[language]))
      assert.ok(message.trim() !== '', `${language}.json: ${key} is empty`);
  }
});

test('every key is used by the console, and every key the console names exists', () => {
  const unused = Object.keys(english).filter(
    (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`),
  );
  assert.deepEqual(unused, [], 'keys no code uses');
  const named = [...code.matchAll(/\bt\('([A-Za-z0-9_.-]+)'/g)].map((m) => m[1]!);
  assert.ok(named.length > 200);
  assert.deepEqual(
    [...new Set(named.filter((key) => !(key in english)))],
    [],
    'keys the code asks for that no catalogue has',
  );
});

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time)
      out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, out);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}

test('every message is valid ICU and takes the same values as the English one', () => {
  for (const language of LANGUAGES)
    for (const [key, message] of Object.entries(catalogues[language])) {
      let parsed: MessageFormatElement[];
      try {
        parsed = parse(message, { requiresOtherClause: true });
      } catch (error) {
        assert.fail(`${language}.json ${key}: ${(error as Error).message}`);
      }
      const mine = [...argumentsOf(parsed)].sort();
      const theirs = [...argumentsOf(parse(english[key]!))].sort();
      assert.deepEqual(mine, theirs, `${language}.json ${key} takes {${theirs.join(', ')}}`);
    }
});

test('plural messages use only the categories each language has', () => {
  for (const language of LANGUAGES) {
    const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
    for (const [key, message] of Object.entries(catalogues[language])) {
      const walk = (elements: MessageFormatElement[]) => {
        for (const e of elements)
          if (e.type === TYPE.plural)
            for (const [option, value] of Object.entries(e.options)) {
              if (!option.startsWith('='))
                assert.ok(
                  categories.has(option as Intl.LDMLPluralRule),
                  `${language}.json ${key}: no plural "${option}" in ${language}`,
                );
              walk(value.value);
            }
      };
      walk(parse(message));
    }
  }
});

test('the metadata of unsettled translations names languages and keys that exist', () => {
  const meta = JSON.parse(readFileSync(join(MESSAGES, 'meta.json'), 'utf8')) as {
    languages: Record<string, { unsure: Record<string, string> }>;
  };
  for (const [language, entry] of Object.entries(meta.languages)) {
    assert.ok(
      (LANGUAGES as readonly string[]).includes(language),
      `meta.json: ${language} is not a UN language`,
    );
    for (const [key, why] of Object.entries(entry.unsure)) {
      const exists = key.endsWith('.*')
        ? Object.keys(english).some((k) => k.startsWith(key.slice(0, -1)))
        : key in english;
      assert.ok(exists, `meta.json ${language}: ${key} names no message`);
      assert.ok(why.length > 10, `meta.json ${language}: ${key} says why it is unsure`);
    }
  }
});
