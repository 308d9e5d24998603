import { describe, expect, it } from 'vitest';
import { cropBox, dataUrlBytes } from '../../entrypoints/background/capture';

describe('cropping a post out of the captured tab', () => {
  const viewport = { width: 1000, height: 800 };
  it('scales CSS pixels to image pixels from the image itself (device pixel ratio, zoom)', () => {
    expect(cropBox({ rect: { x: 100.4, y: 50.6, width: 600, height: 120.2 }, viewport }, 2000, 1600)).toEqual({ x: 200, y: 101, width: 1201, height: 241 });
  });
  it('clips a post that is partly off screen', () => {
    expect(cropBox({ rect: { x: -10, y: 700, width: 600, height: 300 }, viewport }, 1000, 800)).toEqual({ x: 0, y: 700, width: 590, height: 100 });
  });
  it('refuses a post that is not on screen', () => {
    expect(cropBox({ rect: { x: 0, y: 900, width: 600, height: 300 }, viewport }, 1000, 800)).toBeNull();
  });
});

describe('decoding the capture locally', () => {
  it('decodes a base64 data URL', () => {
    expect([...dataUrlBytes('data:image/png;base64,iVBORw0K')]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
  });
  it('rejects anything else', () => {
    expect(() => dataUrlBytes('https://x.com/image.png')).toThrow(/data URL/);
    expect(() => dataUrlBytes('data:image/png,raw')).toThrow(/data URL/);
  });
});
