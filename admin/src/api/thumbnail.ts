// After an image is uploaded, the browser makes a small JPEG of it (at most 160 px) and sends
// it beside the file, so review lists load a few kilobytes per picture instead of the photo.
// A picture without one is shown as an icon; making it may fail on an odd image, which costs
// only the thumbnail (the file itself is already stored), so it is logged, not shown.
const EDGE = 160;

export async function sendThumbnail(evidenceId: string, file: File): Promise<void> {
  if (!/^image\/(jpeg|png|webp|gif|bmp)$/.test(file.type)) return;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    if (!blob) return;
    const res = await fetch(`/api/evidence/${evidenceId}/thumbnail`, { method: 'PUT', body: blob, headers: { 'content-type': 'image/jpeg' }, credentials: 'same-origin' });
    if (!res.ok) console.warn('[thumbnail] not stored:', res.status);
  } catch (err) {
    console.warn('[thumbnail] could not be made:', (err as Error).message);
  }
}
