/**
 * Screenshots of one post: the visible tab is captured, then cropped to the
 * post's rectangle in the service worker (createImageBitmap + OffscreenCanvas).
 */

/** A rectangle in CSS pixels, relative to the viewport. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the content script measures at the moment of keeping. */
export interface CaptureRequest {
  rect: Rect;
  viewport: { width: number; height: number };
}

/** A cropped PNG. */
export interface Screenshot {
  png: Uint8Array;
  width: number;
  height: number;
}

/**
 * The crop in image pixels. The scale comes from the captured image itself
 * (image width / viewport width), which stays right under browser zoom where
 * devicePixelRatio alone would not. Null when the post is not on screen.
 */
export function cropBox(req: CaptureRequest, imageWidth: number, imageHeight: number): Rect | null {
  const scale = imageWidth / req.viewport.width;
  const x0 = Math.max(0, Math.floor(req.rect.x * scale));
  const y0 = Math.max(0, Math.floor(req.rect.y * scale));
  const x1 = Math.min(imageWidth, Math.ceil((req.rect.x + req.rect.width) * scale));
  const y1 = Math.min(imageHeight, Math.ceil((req.rect.y + req.rect.height) * scale));
  if (x1 - x0 < 1 || y1 - y0 < 1) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Bytes of a `data:image/png;base64,…` URL, decoded locally (a fetch() would be a request). */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('capture did not return a base64 data URL');
  }
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Chrome refuses more than two tab captures a second
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND): a user keeping replies in quick
 * succession would lose screenshots. Captures are queued and spaced instead.
 */
const MIN_CAPTURE_INTERVAL_MS = 550;
let lastCaptureAt = 0;
let queue: Promise<unknown> = Promise.resolve();

/** Captures the visible tab of a window and crops it to the post, one capture at a time. */
export function capturePost(windowId: number, req: CaptureRequest): Promise<Screenshot> {
  const run = queue.then(async () => {
    const wait = lastCaptureAt + MIN_CAPTURE_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lastCaptureAt = Date.now();
    return captureNow(windowId, req);
  });
  queue = run.catch(() => undefined);
  return run;
}

async function captureNow(windowId: number, req: CaptureRequest): Promise<Screenshot> {
  const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  const bitmap = await createImageBitmap(new Blob([dataUrlBytes(dataUrl) as BlobPart], { type: 'image/png' }));
  try {
    const box = cropBox(req, bitmap.width, bitmap.height);
    if (!box) throw new Error('the post was not on screen');
    const canvas = new OffscreenCanvas(box.width, box.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas in this browser');
    ctx.drawImage(bitmap, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return { png: new Uint8Array(await blob.arrayBuffer()), width: box.width, height: box.height };
  } finally {
    bitmap.close();
  }
}
