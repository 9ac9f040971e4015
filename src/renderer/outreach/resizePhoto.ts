import { recruiterPhotoCharacters } from '../../shared/schemas/recruiterPhoto.ts';

const side = 128;

/**
 * A picture file made into a small square JPEG data: URL (centre crop, 128 px, quality lowered until it fits
 * the limit the signalling server's request size allows). Nothing leaves this computer but the result.
 */
export async function resizePhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    const crop = Math.min(bitmap.width, bitmap.height);
    let size = side;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser cannot resize pictures.');
      context.drawImage(
        bitmap,
        (bitmap.width - crop) / 2,
        (bitmap.height - crop) / 2,
        crop,
        crop,
        0,
        0,
        size,
        size,
      );
      for (const quality of [0.85, 0.7, 0.55, 0.4]) {
        const url = canvas.toDataURL('image/jpeg', quality);
        if (url.length <= recruiterPhotoCharacters) return url;
      }
      size = Math.round(size * 0.75);
    }
    throw new Error('This picture could not be made small enough.');
  } finally {
    bitmap.close();
  }
}
