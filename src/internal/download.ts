/** Hands the browser a file to save as `name` (a picture, a table as CSV). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has handed the file over, not before.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
