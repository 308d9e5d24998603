import { describe, expect, it } from 'vitest';
import { classify, findDoxxingSpans } from '../../entrypoints/background/classifier/index';
import { doxAnchors } from '../../entrypoints/background/classifier/doxxing-model';
import { isTitleCase } from '../../entrypoints/background/classifier/model';

const cls = (text: string) => classify({ text });
const doxReasons = (text: string) => cls(text).reasons.filter((r) => r.label === 'doxxing');
const spans = (text: string) => doxAnchors(text).map(([s, e]) => text.slice(s, e));

describe('v1.13 doxxing scorer: whereabouts told in words', () => {
  // Written for this test (no training or evaluation reply): a person placed at a named
  // place at set times, in words no pattern holds.
  it.each([
    'his wife is a receptionist at the Riverside Clinic in Dayton, mornings till noon',
    'his mum cleans at the Holiday Inn in Slough every morning from 6',
    'she sings in the choir at St Aidan’s in Leeds, Thursday nights',
    'tu fais la fermeture du Leclerc de Landerneau le samedi soir, toute seule',
    'son père tient la boulangerie en face de l’église de Pontivy',
    'il joue au foot avec les vétérans de Saint-Avé le dimanche matin au stade Kerlann',
  ])('calls "%s" doxxing and masks the places it names', (text) => {
    const c = cls(text);
    expect(c.label).toBe('doxxing');
    const model = c.reasons.filter((r) => r.rule === 'model:doxxing');
    expect(model.length).toBeGreaterThan(0);
    // Every masked span is a name or a number, never the whole reply.
    for (const r of model) {
      expect(r.text).toBe(text.slice(r.start, r.end));
      expect(r.text).toMatch(/^[\p{Lu}\d]/u);
      expect(r.end - r.start).toBeLessThan(text.length / 2);
    }
  });

  it('leaves to the rules what they find, with their own reasons', () => {
    const c = cls('son fils est en CM2 à l’école Jean-Macé de Vierzon, sortie 16h30');
    expect(c.label).toBe('doxxing');
    expect(c.reasons.some((r) => r.rule === 'model:doxxing')).toBe(false);
    expect(c.reasons.some((r) => r.rule.startsWith('pii:'))).toBe(true);
  });

  it('types a workplace as workplace_school', () => {
    const r = doxReasons('his wife is a receptionist at the Riverside Clinic in Dayton, mornings till noon');
    expect(r.map((x) => x.text)).toEqual(expect.arrayContaining(['Riverside Clinic', 'Dayton']));
    expect(new Set(r.map((x) => x.subLabel))).toEqual(new Set(['workplace_school']));
  });

  // The same places and times, but public, one's own, or no data at all.
  it.each([
    ['The Riverside Clinic in Dayton is open mornings till noon', 'neutral'],
    ['je promène mon chien tous les matins vers 7h au parc Monceau, c’est calme à cette heure-là', 'neutral'],
    ['je sais où tu bosses mon grand, dors bien', 'hostile'],
    ['Boulangerie Martin, 12 rue des Lilas à Dijon, ouverte le dimanche de 7h à 13h', 'neutral'],
    // Nobody to locate: the scorer is not asked.
    ['The Holiday Inn in Slough does breakfast every morning from 6', 'neutral'],
  ])('does not call "%s" doxxing', (text, label) => {
    expect(cls(text).label).toBe(label);
  });

  it('gives the same spans to a redacted export', () => {
    const text = 'his wife is a receptionist at the Riverside Clinic in Dayton, mornings till noon';
    expect(findDoxxingSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(doxReasons(text).map((r) => r.text));
  });
});

describe('v1.13 doxxing rules: an address written backwards', () => {
  it.each([
    ['adresse écrite à l’envers pour les bots : xuaedroB 00033 ,settueoM sed eur 9', 'xuaedroB 00033 ,settueoM sed eur 9'],
    ['address backwards for the bots: AM ,notsoB ,tS ecnerruoL 9', 'AM ,notsoB ,tS ecnerruoL 9'],
  ])('finds "%s" and masks it where it is written', (text, span) => {
    const c = cls(text);
    expect(c.label).toBe('doxxing');
    expect(doxReasons(text).map((r) => r.text)).toEqual([span]);
  });

  it('reads nothing backwards without a reason to', () => {
    expect(cls('I read the book backwards, starting at page 12').label).toBe('neutral');
    expect(cls('9 eur sed settueoM').label).not.toBe('doxxing');
  });
});

describe('v1.13 anchors: what the scorer masks', () => {
  it('keeps names and numbers, not a capital that opens a sentence', () => {
    expect(spans('Elle bosse au Lidl de Vitré, 17h-21h. Elle finit seule.')).toEqual(['Lidl de Vitré', '17h', '21h']);
  });

  it('joins a multi-word name and its particles', () => {
    expect(spans('sa grand-mère est aux Jardins de Sully à Orléans')).toEqual(['Jardins de Sully', 'Orléans']);
  });

  it('keeps a name that opens the reply when another capital follows it', () => {
    expect(spans('Boucherie Weber, c’est son oncle')).toEqual(['Boucherie Weber']);
  });

  it('ignores capitals in Title Case and shouting', () => {
    expect(isTitleCase('Stay At Home Mum Forever')).toBe(true);
    expect(isTitleCase('she works at the Target in Fremont')).toBe(false);
    expect(spans('Stay At Home Mum Forever')).toEqual([]);
    expect(spans('he is SO DONE with this')).toEqual([]);
  });
});
