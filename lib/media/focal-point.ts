// A picture's focal point: where its subject is, in whole percent of its width
// and height. Cards crop to 16:9 around it (CSS object-position) and the
// 1200×630 social image is cut around it; a picture without one keeps the
// centre for cards and sharp's attention strategy for the social image.

export type FocalPoint = { x: number; y: number };

/** The focal point of a media row, or null when none is set (both columns are written together). */
export function focalPointOf(row: { focalX: number | null; focalY: number | null }): FocalPoint | null {
  return row.focalX === null || row.focalY === null ? null : { x: row.focalX, y: row.focalY };
}

/** CSS object-position for a cropped picture; undefined leaves the browser's centre. */
export const objectPosition = (focus: FocalPoint | null | undefined) => (focus ? `${focus.x}% ${focus.y}%` : undefined);

export type CropBox = { left: number; top: number; width: number; height: number };

/**
 * The largest box of the target's aspect ratio inside a picture of
 * width × height, placed so the focal point sits where it sits in the picture
 * (as CSS object-position does), clamped to the picture's edges.
 */
export function focalCrop(width: number, height: number, target: { width: number; height: number }, focus: FocalPoint) {
  const ratio = target.width / target.height;
  const cropWidth = Math.min(width, Math.round(height * ratio));
  const cropHeight = Math.min(height, Math.round(width / ratio));
  const place = (size: number, crop: number, percent: number) =>
    Math.min(size - crop, Math.max(0, Math.round(((size - crop) * percent) / 100)));
  return {
    left: place(width, cropWidth, focus.x),
    top: place(height, cropHeight, focus.y),
    width: cropWidth,
    height: cropHeight,
  } satisfies CropBox;
}
