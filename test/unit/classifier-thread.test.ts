import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';

// Every reply and parent here was written for this test: none is a training or evaluation text.

const HOSTILE_PARENT = 'ferme ta gueule sale grosse pute, personne veut de toi ici';
const SUPPORTIVE_PARENT = 'Tout mon soutien Inès, ce que tu subis est ignoble ❤️';
const NEUTRAL_PARENT = 'Il pleut depuis ce matin à Lille, prenez un parapluie';
const under = (text: string, parentText: string, parentIsReply?: boolean) =>
  classify({ text, context: { parentText, ...(parentIsReply === undefined ? {} : { parentIsReply }) } });

describe('1.22: a reply without words of its own means what its parent says', () => {
  const echoes = ['this 💯', '💯💯', 'exactement', "t'as tout dit frr", 't’as raison frérot', 'so true lmao', '+1000', '@marc_b facts', 'voilà qqn qui a compris 👆', 'say it louder'];

  it('piles on under a hostile reply, and the reason is the whole reply with the parent’s sub-label', () => {
    for (const t of echoes) {
      const c = under(t, HOSTILE_PARENT);
      expect(c.label, t).toBe('hostile');
      expect(c.reasons.length, t).toBeGreaterThan(0);
      expect(c.reasons[0]).toMatchObject({ start: 0, end: t.length, text: t, label: 'hostile', rule: 'context:echoes_hostile_parent' });
      expect(c.subLabels, t).toContain('insult');
      expect(c.scores.hostile).toBeGreaterThan(Math.max(c.scores.supportive, c.scores.neutral));
    }
  });

  it('defends under a defender, and is about the weather under the weather', () => {
    for (const t of echoes) {
      expect(under(t, SUPPORTIVE_PARENT).label, t).toBe('supportive');
      expect(under(t, NEUTRAL_PARENT).label, t).toBe('neutral');
    }
  });

  it('laughing along piles on under an attack, and says nothing sure under a defender', () => {
    for (const t of ['mdrrrr', '😂😂😂', 'jpp 💀', 'lmaooo']) {
      expect(under(t, HOSTILE_PARENT).label, t).toBe('hostile');
      expect(under(t, SUPPORTIVE_PARENT).label, t).toBe(classify({ text: t }).label);
    }
  });

  it('agreeing with the post that opens the conversation keeps the reply’s own reading', () => {
    // The user's own post is no pile-on reply: "say it louder" under it supports the user.
    expect(under('say it louder', NEUTRAL_PARENT, false).label).toBe('supportive');
    expect(under('say it louder', NEUTRAL_PARENT, true).label).toBe('neutral');
  });

  it('a reply with words of its own is read for them, whatever the parent', () => {
    expect(under('Courage, on est avec toi', HOSTILE_PARENT).label).toBe('supportive');
    expect(under('t’es vraiment une conne', SUPPORTIVE_PARENT).label).toBe('hostile');
    expect(under('le match commence à 21h', HOSTILE_PARENT).label).toBe('neutral');
    expect(under('exactement, sale pute', SUPPORTIVE_PARENT).label).toBe('hostile');
  });

  it('without a parent, or with an empty one, nothing changes', () => {
    for (const t of echoes) {
      expect(classify({ text: t, context: { isReply: true } }).label, t).toBe(classify({ text: t, context: { isReply: true, parentText: '  ' } }).label);
    }
  });

  it('doxxing stays doxxing under any parent', () => {
    expect(under('voilà son 06 39 98 41 27, appelez-la', SUPPORTIVE_PARENT).label).toBe('doxxing');
  });
});

describe('1.22: telling a hostile reply off defends the one it targets', () => {
  const pushbacks = ['how old are you people?', 'aucune preuve, redescends', 'so what? leave her alone', 'lâche-la un peu', 't’as vraiment rien de mieux à faire ?', 'et alors ? elle a rien fait'];
  it('is support under an attack', () => {
    // Neutral on its own, it is counter-speech in context.
    expect(classify({ text: 'how old are you people?' }).label).toBe('neutral');
    expect(under('how old are you people?', HOSTILE_PARENT)).toMatchObject({ label: 'supportive', subLabels: ['counter_speech'] });
    for (const t of pushbacks) {
      expect(under(t, HOSTILE_PARENT).label, t).toBe('supportive');
    }
  });
  it('is what it says under anything else', () => {
    for (const t of pushbacks) expect(under(t, NEUTRAL_PARENT).label, t).toBe(classify({ text: t }).label);
  });
});

