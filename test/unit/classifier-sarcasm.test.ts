import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';

// Hand-written probes: hostile replies dressed in praise (mock thanks, 👏🙄🤡, "ahah"),
// and supportive replies that contain negative words about the harassers.
const rows = readFileSync('test/fixtures/classifier/probes-sarcasm.tsv', 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const [id, lang, label, text] = l.split('\t');
    return { id: id!, lang: lang!, label: label!, text: text! };
  });

describe('mock praise is never supportive', () => {
  for (const r of rows.filter((x) => x.label === 'hostile')) {
    it(`${r.id}: ${r.text}`, () => {
      expect(classify({ text: r.text, lang: r.lang }).label).not.toBe('supportive');
    });
  }
});

describe('mock praise with an insult, a target or a clown/eye-roll is hostile', () => {
  const strict = new Set(['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p09', 'p10', 'p11', 'p12', 'p13', 'p14', 'p15', 'p16', 'p17', 'p18', 'p19', 'p20']);
  for (const r of rows.filter((x) => strict.has(x.id))) {
    it(`${r.id}: ${r.text}`, () => {
      expect(classify({ text: r.text, lang: r.lang }).label).toBe('hostile');
    });
  }
});

describe('support that condemns the abuse stays supportive', () => {
  for (const r of rows.filter((x) => x.label === 'supportive')) {
    it(`${r.id}: ${r.text}`, () => {
      expect(classify({ text: r.text, lang: r.lang }).label).toBe('supportive');
    });
  }
});

describe('supportive needs an explicit cue', () => {
  it('a mock emoji is given as the reason', () => {
    const c = classify({ text: "wow you're so brave 🙄🤡", lang: 'en' });
    expect(c.label).toBe('hostile');
    expect(c.reasons.some((r) => r.rule === 'sarcasm:mock_praise')).toBe(true);
  });
  it('"take care of yourself" is not an incitement to suicide', () => {
    expect(classify({ text: 'take care of yourself 🙏', lang: 'en' }).label).toBe('supportive');
  });
  it('"go off yourself" still is', () => {
    expect(classify({ text: 'go off yourself', lang: 'en' }).label).toBe('hostile');
  });
  it('plain thanks with laughter between friends stays supportive', () => {
    expect(classify({ text: 'merci beaucoup mdr', lang: 'fr' }).label).toBe('supportive');
    expect(classify({ text: 'thanks so much lol', lang: 'en' }).label).toBe('supportive');
  });
});

describe('apostrophes inside words are not quotes', () => {
  it('a contraction does not turn an insult into a quoted one', () => {
    const c = classify({ text: "you're a bitch and we'll all move on", lang: 'en' });
    expect(c.label).toBe('hostile');
  });
  it('a real single-quoted slur under counter-speech is still condemned', () => {
    expect(classify({ text: "appeler quelqu'un 'harki' c'est du racisme", lang: 'fr' }).label).toBe('supportive');
    expect(classify({ text: "saying 'go back to where you came from' to someone is racist", lang: 'en' }).label).toBe('supportive');
  });
  it('a negated slur does not open the model-alone supportive path', () => {
    expect(classify({ text: 'no good fat dyke', lang: 'en' }).label).not.toBe('supportive');
  });
});
