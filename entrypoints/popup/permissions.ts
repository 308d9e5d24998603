/** Screenshots need to capture any tab the user keeps a post from; the permission is optional and asked on a click. */
export const SCREENSHOT_PERMISSION = { origins: ['<all_urls>'] };
