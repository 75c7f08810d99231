// Search text: case and accents never decide a match, so "zoe" finds "Zoë" and "lukasz"
// finds "Łukasz", and every word of a query must appear somewhere in the text.
import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from '../../src/domain/text.ts';

describe('foldForSearch', () => {
  it.each<[string, string]>([
    ['Zoë', 'zoe'],
    ['Chloé Dubois', 'chloe dubois'],
    ['ÅSA NÄSLUND', 'asa naslund'],
    ['François', 'francois'],
    ['Łukasz Wałęsa', 'lukasz walesa'],
    ['Søren Ødegård', 'soren odegard'],
    ['Straße', 'strasse'],
    ['İpek', 'ipek'],
    // Compatibility forms fold to their letters: the "fi" ligature, full-width letters.
    ['ﬁnch', 'finch'],
    ['ＡＤＡ', 'ada'],
    ['already plain', 'already plain'],
    ['', ''],
  ])('%s folds to %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe('matchesSearch', () => {
  // text (as stored, folded by the caller), query → match
  it.each<[string, string, boolean]>([
    ['Zoë Hartmann', 'zoe', true],
    ['Zoe Hartmann', 'Zoë', true],
    ['Łukasz Nowak', 'lukasz', true],
    ['Ada Lovelace', 'love', true],
    ['Ada Lovelace', 'lace ada', true],
    ['Ada Lovelace', 'ADA   LOVE', true],
    ['Ada Lovelace', 'ada byron', false],
    ['Ada Lovelace', 'adal', false],
    ['Straße 5', 'strasse', true],
    ['Ada Lovelace', '', true],
    ['Ada Lovelace', '   ', true],
  ])('%s, searched for "%s": %s', (text, query, match) => {
    expect(matchesSearch(foldForSearch(text), query)).toBe(match);
  });
});
