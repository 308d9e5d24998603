/** Translation for Témoin's own pages, through the browser's i18n (French by default). */
export function pageTranslate(key: string, subs?: string | string[]): string {
  return browser.i18n.getMessage(key as never, subs) || key;
}
