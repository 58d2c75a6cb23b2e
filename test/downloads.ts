/** The files a widget hands the browser to save (a picture, a table as CSV), caught before the browser saves them. */

export interface Download {
  readonly name: string;
  readonly blob: Blob;
}

/** Catches downloads (the link's name and its blob) until `restore()`. */
export function catchDownloads(): {files: Download[]; restore: () => void} {
  const files: Download[] = [];
  const originals = {create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click};
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({name: this.download, blob: blobs.get(this.href)!});
  };
  const restore = () => {
    URL.createObjectURL = originals.create;
    HTMLAnchorElement.prototype.click = originals.click;
  };
  return {files, restore};
}

/** The files handed over while `act` runs and for up to `ms` after (a PNG is painted asynchronously). */
export async function downloadsAfter(act: () => unknown, ms = 10_000): Promise<Download[]> {
  const {files, restore} = catchDownloads();
  try {
    await act();
    for (const end = performance.now() + ms; files.length === 0 && performance.now() < end;) {
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    restore();
  }
  return files;
}
