// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PostSnapshotSchema, type PostSnapshot } from '../../storage/schema';
import {
  badgeAnchor,
  contentParts,
  contentRoot,
  findHiddenRepliesButtons,
  findPosts,
  findShowMoreRepliesLinks,
  xAdapter,
} from '../../entrypoints/social.content/sites/x/index';
import { readPost, snowflakeTime } from '../../entrypoints/social.content/sites/x/read-post';
import type { ReadResult } from '../../entrypoints/social.content/sites/types';
import { FIXTURE_FILES, FIXTURE_URLS, IDS, loadFixture } from '../fixtures/x/fixtures';

const idName = new Map(Object.entries(IDS).map(([name, id]) => [id, name]));
const named = (id: string | undefined) => (id === undefined ? undefined : (idName.get(id) ?? id));

function readAll(file: string): ReadResult[] {
  const doc = loadFixture(file);
  const page = xAdapter.detectPage(FIXTURE_URLS[file] as string);
  return xAdapter.findPosts(doc).map((post) => xAdapter.readPost(post, page));
}

/** The fields that matter per post, ids replaced by their fixture names for readability. */
function summary(r: ReadResult) {
  if (!r.ok) return { kind: r.kind, reason: r.reason };
  const s = r.snapshot;
  return {
    id: named(s.statusId),
    role: s.role,
    author: `@${s.author.handle} ${s.author.displayName}${s.author.verified ? ' ✓' : ''}`,
    text: s.text,
    ...(s.lang ? { lang: s.lang } : {}),
    ...(s.inReplyTo ? { inReplyTo: { ...s.inReplyTo, statusId: named(s.inReplyTo.statusId) } } : {}),
    ...(s.hashtags.length ? { hashtags: s.hashtags } : {}),
    ...(s.mentions.length ? { mentions: s.mentions } : {}),
    ...(s.links.length ? { links: s.links } : {}),
    ...(s.media.length ? { media: s.media.map((m) => m.type).join(',') } : {}),
    ...(s.quoted ? { quoted: { ...s.quoted, statusId: named(s.quoted.statusId) } } : {}),
    ...(s.edited ? { edited: true } : {}),
    ...(s.socialContext ? { socialContext: s.socialContext } : {}),
  };
}

describe('every fixture', () => {
  it.each(FIXTURE_FILES)('%s: ok snapshots pass PostSnapshotSchema, times agree, urls are canonical', (file) => {
    const results = readAll(file);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      if (!r.ok) continue;
      expect(PostSnapshotSchema.parse(r.snapshot)).toEqual(r.snapshot);
      expect(r.snapshot.url).toBe(`https://x.com/${r.snapshot.author.handle}/status/${r.snapshot.statusId}`);
      expect(r.snapshot.pageUrl).toBe(FIXTURE_URLS[file]);
      expect(r.snapshot.timeMismatch).toBe(false);
      expect(r.snapshot.postedAtFromId).toBe(snowflakeTime(r.snapshot.statusId));
      expect(r.snapshot.text).toBe(r.snapshot.text.normalize('NFC'));
    }
  });
});

describe('status page', () => {
  it('reads ancestor, focal, replies, a chain and posts after "Discover more"', () => {
    expect(readAll('x-status.html').map(summary)).toMatchInlineSnapshot(`
      [
        {
          "author": "@bruno_test Bruno Martin ✓",
          "hashtags": [
            "débat",
          ],
          "id": "ancestor",
          "lang": "fr",
          "role": "ancestor",
          "text": "Question ouverte : qui vient au débat de jeudi ? #débat",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "hashtags": [
            "débat",
          ],
          "id": "focal",
          "inReplyTo": {
            "handles": [],
            "statusId": "ancestor",
          },
          "lang": "fr",
          "links": [
            {
              "display": "example.org/compte-rendu…",
              "href": "https://t.co/AbCdEf1234",
            },
          ],
          "media": "video",
          "mentions": [
            "bruno_test",
          ],
          "role": "focal",
          "text": "Merci pour vos messages 💛
      Le compte rendu est ici : example.org/compte-rendu… #débat avec @bruno_test",
        },
        {
          "author": "@nour_test نور الهدى 🌙",
          "id": "r1",
          "inReplyTo": {
            "handles": [],
            "statusId": "focal",
          },
          "lang": "ar",
          "role": "reply",
          "text": "اصمتي 😡 personne ne veut te lire",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "id": "r2",
          "inReplyTo": {
            "handles": [],
            "statusId": "r1",
          },
          "lang": "fr",
          "role": "reply",
          "text": "Je ne réponds plus à ce genre de message.",
        },
        {
          "author": "@chloe_test Chloé 🦊 Dubois",
          "id": "t1",
          "inReplyTo": {
            "handles": [],
            "statusId": "focal",
          },
          "lang": "fr",
          "role": "reply",
          "text": "Je te soutiens ❤️ fil 🧵",
        },
        {
          "author": "@chloe_test Chloé 🦊 Dubois",
          "id": "t2",
          "inReplyTo": {
            "handles": [],
            "statusId": "t1",
          },
          "lang": "fr",
          "links": [
            {
              "display": "example.net",
              "href": "https://t.co/ZyXwVu9876",
            },
          ],
          "role": "reply",
          "text": "2/ $ABC rien à voir, mais voici une source : example.net",
        },
        {
          "author": "@chloe_test Chloé 🦊 Dubois",
          "id": "t3",
          "inReplyTo": {
            "handles": [],
            "statusId": "t2",
          },
          "lang": "fr",
          "role": "reply",
          "text": "3/ fin
      dernière ligne",
        },
        {
          "author": "@zoe_test Zoé",
          "id": "after",
          "lang": "fr",
          "role": "after-replies",
          "text": "Un post suggéré sans rapport",
        },
      ]
    `);
  });

  it('reads the focal post completely', () => {
    const focal = readAll('x-status.html')[1];
    expect(focal).toEqual({
      ok: true,
      snapshot: {
        site: 'x.com',
        statusId: IDS.focal,
        url: `https://x.com/amelie_test/status/${IDS.focal}`,
        pageUrl: FIXTURE_URLS['x-status.html'] as string,
        pageType: 'status',
        author: {
          handle: 'amelie_test',
          displayName: 'Amélie 🌻',
          profileUrl: 'https://x.com/amelie_test',
          verified: false,
        },
        text: 'Merci pour vos messages 💛\nLe compte rendu est ici : example.org/compte-rendu… #débat avec @bruno_test',
        lang: 'fr',
        hashtags: ['débat'],
        mentions: ['bruno_test'],
        links: [{ display: 'example.org/compte-rendu…', href: 'https://t.co/AbCdEf1234' }],
        media: [{ type: 'video', url: 'https://pbs.twimg.com/tweet_video_thumb/0/thumb.jpg' }],
        postedAt: '2025-11-20T09:15:30.000Z',
        postedAtFromId: '2025-11-20T09:15:30.000Z',
        timeMismatch: false,
        edited: false,
        role: 'focal',
        inReplyTo: { statusId: IDS.ancestor, handles: [] },
      } satisfies PostSnapshot,
    });
  });

  it('finds the hidden-replies button and the "Show more replies" link by structure', () => {
    const doc = loadFixture('x-status.html');
    const buttons = findHiddenRepliesButtons(doc);
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.localName).toBe('button');
    expect(buttons[0]!.closest('article')!.getAttribute('data-testid')).toBeNull();
    expect(findShowMoreRepliesLinks(doc).map((a) => a.getAttribute('href'))).toEqual([`/i/status/${IDS.focal}`]);
    for (const file of FIXTURE_FILES.filter((f) => f !== 'x-status.html')) {
      expect(findHiddenRepliesButtons(loadFixture(file)), file).toEqual([]);
    }
  });
});

describe('media viewer', () => {
  it('reads the conversation in #layers and the status page behind it', () => {
    expect(readAll('x-media.html').map(summary)).toMatchInlineSnapshot(`
      [
        {
          "author": "@bruno_test Bruno Martin ✓",
          "hashtags": [
            "débat",
          ],
          "id": "ancestor",
          "lang": "fr",
          "role": "ancestor",
          "text": "Question ouverte : qui vient au débat de jeudi ? #débat",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "hashtags": [
            "débat",
          ],
          "id": "focal",
          "inReplyTo": {
            "handles": [],
            "statusId": "ancestor",
          },
          "lang": "fr",
          "links": [
            {
              "display": "example.org/compte-rendu…",
              "href": "https://t.co/AbCdEf1234",
            },
          ],
          "media": "video",
          "mentions": [
            "bruno_test",
          ],
          "role": "focal",
          "text": "Merci pour vos messages 💛
      Le compte rendu est ici : example.org/compte-rendu… #débat avec @bruno_test",
        },
        {
          "author": "@nour_test نور الهدى 🌙",
          "id": "r1",
          "inReplyTo": {
            "handles": [],
            "statusId": "focal",
          },
          "lang": "ar",
          "role": "reply",
          "text": "اصمتي 😡 personne ne veut te lire",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "hashtags": [
            "débat",
          ],
          "id": "focal",
          "lang": "fr",
          "links": [
            {
              "display": "example.org/compte-rendu…",
              "href": "https://t.co/AbCdEf1234",
            },
          ],
          "media": "video",
          "mentions": [
            "bruno_test",
          ],
          "role": "focal",
          "text": "Merci pour vos messages 💛
      Le compte rendu est ici : example.org/compte-rendu… #débat avec @bruno_test",
        },
        {
          "author": "@nour_test نور الهدى 🌙",
          "id": "r1",
          "inReplyTo": {
            "handles": [],
            "statusId": "focal",
          },
          "lang": "ar",
          "role": "reply",
          "text": "اصمتي 😡 personne ne veut te lire",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "id": "r2",
          "inReplyTo": {
            "handles": [],
            "statusId": "r1",
          },
          "lang": "fr",
          "role": "reply",
          "text": "Je ne réponds plus à ce genre de message.",
        },
      ]
    `);
  });

  it('findPosts includes the posts in #layers', () => {
    const doc = loadFixture('x-media.html');
    const inLayers = findPosts(doc).filter((p) => p.closest('#layers'));
    expect(inLayers).toHaveLength(3);
    // The viewer's div[data-testid="tweet"] panel is not a post.
    expect(findPosts(doc).every((p) => p.localName === 'article')).toBe(true);
  });
});

describe('other pages', () => {
  it('edited focal post on twitter.com', () => {
    expect(readAll('x-status-edited.html').map(summary)).toMatchInlineSnapshot(`
      [
        {
          "author": "@dana_test Dana 📣 ✓",
          "edited": true,
          "hashtags": [
            "rencontre",
          ],
          "id": "edited",
          "lang": "fr",
          "links": [
            {
              "display": "example.com/news/1/",
              "href": "https://t.co/Ed1tEd0001",
            },
          ],
          "media": "photo,photo,photo,photo",
          "role": "focal",
          "text": "Annonce corrigée : la rencontre a lieu samedi.
      Détails example.com/news/1/ #rencontre",
        },
        {
          "author": "@bruno_test Bruno Martin",
          "id": "editedReply",
          "inReplyTo": {
            "handles": [],
            "statusId": "edited",
          },
          "lang": "fr",
          "quoted": {
            "author": {
              "displayName": "Hugo 🎩",
              "handle": "hugo_test",
              "profileUrl": "https://x.com/hugo_test",
              "verified": true,
            },
            "postedAt": "2025-11-01T12:00:00.000Z",
            "statusId": "quoted3",
            "text": "Un long texte cité qui se termine par une coupure",
          },
          "role": "reply",
          "text": "Voici ce qu’il disait avant :",
        },
      ]
    `);
  });
  it('mentions with "Replying to" blocks, in English and French', () => {
    expect(readAll('x-mentions.html').map(summary)).toMatchInlineSnapshot(`
      [
        {
          "author": "@nour_test نور الهدى 🌙",
          "id": "m1",
          "inReplyTo": {
            "handles": [
              "amelie_test",
            ],
            "statusId": undefined,
          },
          "lang": "ar",
          "mentions": [
            "amelie_test",
          ],
          "role": "timeline",
          "text": "تعرفين ما سيحدث @amelie_test",
        },
        {
          "author": "@yann_test Yann",
          "id": "m2",
          "inReplyTo": {
            "handles": [
              "amelie_test",
              "bruno_test",
            ],
            "statusId": undefined,
          },
          "lang": "fr",
          "role": "timeline",
          "text": "Vous deux, arrêtez 🙄",
        },
        {
          "author": "@chloe_test Chloé 🦊 Dubois",
          "id": "m3",
          "inReplyTo": {
            "handles": [
              "amelie_test",
            ],
            "statusId": undefined,
          },
          "lang": "fr",
          "role": "timeline",
          "text": "Courage 💪",
        },
        {
          "author": "@xavier_test Xavier",
          "id": "m4",
          "lang": "fr",
          "mentions": [
            "amelie_test",
          ],
          "role": "timeline",
          "text": "Coucou @amelie_test tu as vu ?",
        },
      ]
    `);
  });
  it('search results with quote posts', () => {
    expect(readAll('x-search.html').map(summary)).toMatchInlineSnapshot(`
      [
        {
          "author": "@amelie_test Amélie 🌻",
          "id": "s0",
          "lang": "fr",
          "media": "photo",
          "quoted": {
            "author": {
              "displayName": "Eli",
              "handle": "eli_test",
              "profileUrl": "https://x.com/eli_test",
              "verified": false,
            },
            "postedAt": "2023-03-19T10:40:29.000Z",
            "statusId": undefined,
            "text": "Le texte cité ne doit pas fuiter",
          },
          "role": "timeline",
          "text": "Photo et citation",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "id": "s1",
          "lang": "fr",
          "media": "photo,photo",
          "quoted": {
            "author": {
              "displayName": "Amélie 🌻",
              "handle": "amelie_test",
              "profileUrl": "https://x.com/amelie_test",
              "verified": false,
            },
            "postedAt": "2025-11-23T11:00:00.000Z",
            "statusId": "s1q",
            "text": "Réponse citée avec photos",
          },
          "role": "timeline",
          "text": "Je cite ma propre réponse",
        },
        {
          "author": "@farid_test Farid — test ✓",
          "id": "s2",
          "lang": "fr",
          "quoted": {
            "author": {
              "displayName": "Gwen @ Conf",
              "handle": "gwen_test",
              "profileUrl": "https://x.com/gwen_test",
              "verified": true,
            },
            "postedAt": "2023-12-15T22:03:39.000Z",
            "statusId": undefined,
            "text": "Citée : voir la suite",
          },
          "role": "timeline",
          "text": "Citation d’un compte vérifié",
        },
        {
          "author": "@chloe_test Chloé 🦊 Dubois",
          "id": "s4",
          "lang": "fr",
          "quoted": {
            "author": {
              "displayName": "Eli",
              "handle": "eli_test",
              "profileUrl": "https://x.com/eli_test",
              "verified": false,
            },
            "postedAt": "2023-03-19T10:40:29.000Z",
            "statusId": undefined,
            "text": "Vidéos citées",
          },
          "role": "timeline",
          "text": "Quatre vidéos citées",
        },
      ]
    `);
  });
  it('profile with "Who to follow"', () => {
    expect(readAll('x-profile.html').map(summary)).toMatchInlineSnapshot(`
      [
        {
          "author": "@amelie_test Amélie 🌻",
          "id": "h1",
          "lang": "fr",
          "media": "card",
          "role": "timeline",
          "text": "Premier post du profil 👋",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "id": "h2",
          "lang": "fr",
          "links": [
            {
              "display": "example.org",
              "href": "https://t.co/Pr0f1le002",
            },
          ],
          "media": "card",
          "role": "timeline",
          "text": "Deuxième post, avec lien example.org",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "hashtags": [
            "profil",
          ],
          "id": "h3",
          "lang": "fr",
          "media": "card",
          "role": "timeline",
          "text": "Troisième post #profil",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "id": "h4",
          "lang": "fr",
          "media": "card",
          "role": "timeline",
          "text": "Quatrième post",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "id": "h5",
          "lang": "fr",
          "quoted": {
            "author": {
              "displayName": "Amélie 🌻",
              "handle": "amelie_test",
              "profileUrl": "https://x.com/amelie_test",
              "verified": false,
            },
            "postedAt": "2023-12-11T16:27:54.000Z",
            "statusId": undefined,
            "text": "Deuxième message du fil",
          },
          "role": "timeline",
          "text": "Je cite mon fil",
        },
        {
          "author": "@amelie_test Amélie 🌻",
          "id": "h6",
          "lang": "fr",
          "media": "photo",
          "role": "timeline",
          "text": "Après la liste de suggestions",
        },
      ]
    `);
  });
  it('home timeline with a repost, an edited item, an ad, a right-to-left post and a quote', () => {
    expect(readAll('x-home.html').map(summary)).toMatchInlineSnapshot(`
      [
        {
          "author": "@camille_test Camille 🦊",
          "id": "h1",
          "lang": "qme",
          "media": "video",
          "role": "timeline",
          "socialContext": "Bruno Martin reposted",
          "text": "🦊🦊",
        },
        {
          "author": "@dana_test Dana 📣 ✓",
          "id": "h2",
          "lang": "fr",
          "media": "photo,photo,photo,photo",
          "role": "timeline",
          "text": "Programme de la semaine, quatre photos",
        },
        {
          "kind": "skip",
          "reason": "promoted post (no time)",
        },
        {
          "author": "@nour_test نور الهدى 🌙",
          "id": "h4",
          "lang": "ar",
          "role": "timeline",
          "text": "مرحبا بالجميع
      سطر ثان 🌙",
        },
        {
          "author": "@chloe_test Chloé 🦊 Dubois",
          "id": "h5",
          "lang": "fr",
          "quoted": {
            "author": {
              "displayName": "Hugo 🎩",
              "handle": "hugo_test",
              "profileUrl": "https://x.com/hugo_test",
              "verified": true,
            },
            "postedAt": "2025-11-01T12:00:00.000Z",
            "statusId": "quoted3",
            "text": "Texte cité tronqué",
          },
          "role": "timeline",
          "text": "À lire",
        },
      ]
    `);
  });
});

describe('robustness', () => {
  const statusPage = xAdapter.detectPage(FIXTURE_URLS['x-search.html'] as string);
  const firstQuotePost = () => {
    const doc = loadFixture('x-search.html');
    return { doc, post: findPosts(doc)[1]! };
  };

  it('never lets quoted text, author or media leak into the quoting post', () => {
    for (const file of FIXTURE_FILES) {
      for (const r of readAll(file)) {
        if (!r.ok || !r.snapshot.quoted) continue;
        if (r.snapshot.quoted.text) expect(r.snapshot.text).not.toContain(r.snapshot.quoted.text);
        expect(r.snapshot.quoted.postedAt).not.toBe(r.snapshot.postedAt);
        expect(r.snapshot.quoted.statusId).not.toBe(r.snapshot.statusId);
      }
    }
  });

  it('keeps the post’s own permalink when the quote card comes first in the document', () => {
    const { post } = firstQuotePost();
    const before = readPost(post, statusPage);
    const quote = Array.from(post.querySelectorAll('div[role="link"]')).find((d) => d.querySelector('[data-testid="User-Name"]'))!;
    const userName = post.querySelector('[data-testid="User-Name"]')!;
    userName.parentElement!.insertBefore(quote, userName);
    expect(post.querySelector('time')!.closest('div[role="link"]')).toBe(quote);
    const after = readPost(post, statusPage);
    expect(after).toEqual(before);
    expect(after.ok && after.snapshot.statusId).toBe(IDS.s1);
  });

  it('reads a recycled node as the post it now shows', () => {
    const doc = loadFixture('x-status.html');
    const page = xAdapter.detectPage(FIXTURE_URLS['x-status.html'] as string);
    const [, , r1, , t1] = findPosts(doc);
    const before = readPost(r1!, page);
    expect(before.ok && before.snapshot.author.handle).toBe('nour_test');
    // React reuses the element: same node, another post's children and attributes.
    r1!.replaceChildren(...Array.from(t1!.cloneNode(true).childNodes));
    const after = readPost(r1!, page);
    expect(after.ok && [after.snapshot.statusId, after.snapshot.author.handle, after.snapshot.text]).toEqual([
      IDS.t1,
      'chloe_test',
      'Je te soutiens ❤️ fil 🧵',
    ]);
  });

  it('skips promoted posts but reports posts missing their author as unreadable', () => {
    const home = loadFixture('x-home.html');
    const page = xAdapter.detectPage(FIXTURE_URLS['x-home.html'] as string);
    const ad = findPosts(home)[2]!;
    expect(readPost(ad, page)).toEqual({ ok: false, kind: 'skip', reason: 'promoted post (no time)' });

    const post = findPosts(home)[3]!;
    post.querySelector('[data-testid="User-Name"]')!.removeAttribute('data-testid');
    expect(readPost(post, page)).toMatchObject({ ok: false, kind: 'unreadable' });

    const noTime = findPosts(home)[4]!;
    for (const t of Array.from(noTime.querySelectorAll('time'))) t.remove();
    expect(readPost(noTime, page)).toMatchObject({ ok: false, kind: 'unreadable' });
  });

  it('a video inside placementTracking does not make a post an ad', () => {
    const focal = readAll('x-status.html')[1]!;
    expect(focal.ok).toBe(true);
  });

  it('never throws on odd markup', () => {
    const page = xAdapter.detectPage('https://x.com/home');
    const odd = [
      '<article data-testid="tweet"></article>',
      '<article data-testid="tweet"><time datetime="nonsense"></time></article>',
      '<article data-testid="tweet"><a href="/a/status/1"><time datetime="2020-01-01T00:00:00Z"></time></a></article>',
      '<article data-testid="tweet"><a href="/a/status/99999999999999999999999"><time datetime="2020-01-01T00:00:00Z"></time></a><div data-testid="User-Name"><div></div><div><span>@a</span></div></div></article>',
      '<div data-testid="tweet"></div>',
    ];
    for (const html of odd) {
      const el = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
      const result = readPost(el, page);
      expect(result.ok, html).toBe(false);
    }
    expect(readPost(null as unknown as Element, page)).toMatchObject({ ok: false, kind: 'unreadable' });
  });

  it('reads a post with a time and User-Name but no text as unreadable, with media as ok', () => {
    const page = xAdapter.detectPage('https://x.com/home');
    const el = new DOMParser().parseFromString(
      '<article data-testid="tweet"><div data-testid="User-Name"><div><a href="/a_b">A</a></div><div><a href="/a_b">@a_b</a><a href="/a_b/status/1991435219235766284"><time datetime="2025-11-20T09:15:30.000Z">x</time></a></div></div></article>',
      'text/html',
    ).body.firstElementChild!;
    expect(readPost(el, page)).toMatchObject({ ok: false, kind: 'unreadable', reason: 'no text, media or quote' });
    el.insertAdjacentHTML('beforeend', '<div data-testid="tweetPhoto"><img src="https://pbs.twimg.com/media/0/photo.jpg"></div>');
    expect(readPost(el, page)).toMatchObject({ ok: true, snapshot: { text: '', media: [{ type: 'photo' }] } });
  });

  it('flags a time that disagrees with the id by more than a minute', () => {
    const doc = loadFixture('x-home.html');
    const page = xAdapter.detectPage('https://x.com/home');
    const post = findPosts(doc)[3]!;
    post.querySelector('time')!.setAttribute('datetime', '2025-11-24T06:31:01.000Z');
    expect(readPost(post, page)).toMatchObject({ ok: true, snapshot: { timeMismatch: true } });
    post.querySelector('time')!.setAttribute('datetime', '2025-11-24T06:30:59.000Z');
    expect(readPost(post, page)).toMatchObject({ ok: true, snapshot: { timeMismatch: false } });
  });

  it('computes snowflake times with BigInt', () => {
    expect(snowflakeTime('1706099190240088103')).toBe('2023-09-25T00:11:59.400Z');
    expect(snowflakeTime('20')).toBeUndefined();
    expect(snowflakeTime('abc')).toBeUndefined();
  });
});

describe('badge anchor and content root', () => {
  it.each(FIXTURE_FILES)('%s: anchor is the post’s own User-Name; content holds text, media and quote', (file) => {
    const doc = loadFixture(file);
    for (const post of findPosts(doc)) {
      const anchor = badgeAnchor(post);
      const userName = anchor?.closest('[data-testid="User-Name"]');
      // Focal posts: the name line inside User-Name; others: User-Name itself (an inline row).
      if (post.getAttribute('tabindex') === '-1') expect(anchor?.parentElement).toBe(userName);
      else expect(anchor).toBe(userName);
      expect(anchor!.closest('div[role="link"]')).toBeNull();
      const content = contentRoot(post);
      expect(content).not.toBeNull();
      expect(post.contains(content)).toBe(true);
      for (const part of contentParts(post)) {
        expect(part.contains(anchor)).toBe(false);
        expect(content!.contains(part)).toBe(true);
      }
      const text = post.querySelector('[data-testid="tweetText"]');
      if (text) expect(content!.contains(text)).toBe(true);
      for (const quote of Array.from(post.querySelectorAll('div[role="link"]')).filter((q) => q.querySelector('[data-testid="User-Name"]'))) {
        expect(content!.contains(quote)).toBe(true);
      }
    }
  });
});
