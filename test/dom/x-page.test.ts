// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectPage, isXHost } from '../../entrypoints/social.content/sites/x/page';

describe('detectPage', () => {
  it.each([
    ['https://x.com/amelie_test/status/1991435219235766284', 'status', '1991435219235766284'],
    ['https://twitter.com/amelie_test/status/1991435219235766284?s=20', 'status', '1991435219235766284'],
    ['https://mobile.twitter.com/amelie_test/status/1991435219235766284', 'status', '1991435219235766284'],
    ['https://mobile.x.com/a/status/1/', 'status', '1'],
    ['https://x.com/amelie_test/status/1991435219235766284/history', 'status', '1991435219235766284'],
    ['https://x.com/amelie_test/status/1991435219235766284/analytics', 'status', '1991435219235766284'],
    ['https://x.com/i/status/1991435219235766284', 'status', '1991435219235766284'],
    ['https://x.com/amelie_test/status/1991435219235766284/photo/1', 'media', '1991435219235766284'],
    ['https://x.com/amelie_test/status/1991435219235766284/video/2', 'media', '1991435219235766284'],
    ['https://x.com/notifications', 'notifications', undefined],
    ['https://x.com/notifications/verified', 'notifications', undefined],
    ['https://x.com/notifications/mentions', 'mentions', undefined],
    ['https://x.com/search?q=%23d%C3%A9bat&src=typed_query&f=live', 'search', undefined],
    ['https://x.com/home', 'home', undefined],
    ['https://twitter.com/', 'home', undefined],
    ['https://x.com/amelie_test', 'profile', undefined],
    ['https://x.com/amelie_test/with_replies', 'profile', undefined],
    ['https://x.com/amelie_test/media', 'profile', undefined],
    ['https://x.com/explore', 'other', undefined],
    ['https://x.com/settings/privacy', 'other', undefined],
    ['https://x.com/i/bookmarks', 'other', undefined],
    ['https://example.com/amelie_test/status/1', 'other', undefined],
    ['not a url', 'other', undefined],
  ])('%s → %s', (url, type, focalStatusId) => {
    const page = detectPage(url);
    expect(page.type).toBe(type);
    expect(page.url).toBe(url);
    expect(page.focalStatusId).toBe(focalStatusId);
  });

  it('matches x.com, twitter.com and mobile hosts only', () => {
    for (const host of ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com', 'www.x.com', 'X.COM']) {
      expect(isXHost(host)).toBe(true);
    }
    for (const host of ['xx.com', 'x.com.evil.test', 'bsky.app', 'twitter.co']) expect(isXHost(host)).toBe(false);
  });
});
