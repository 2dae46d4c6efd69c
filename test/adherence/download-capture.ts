import sinon from 'sinon';

/** A file the page handed to the browser to download. */
export interface CapturedDownload {
  fileName: string;
  href: string;
  type: string;
  text: string;
  /** Where the `<a download>` was clicked (its root node). */
  root: Node;
}

/**
 * Catches downloads made through a Blob URL and an `<a download>` (no file is written): the Blob
 * given to `URL.createObjectURL`, and the anchor's click. Restore with `sinon.restore()`.
 */
export function captureDownloads(): { downloads: Promise<CapturedDownload>[]; next(): Promise<CapturedDownload> } {
  const blobs = new Map<string, Blob>();
  const created = URL.createObjectURL.bind(URL);
  sinon.stub(URL, 'createObjectURL').callsFake((object: Blob | MediaSource) => {
    const url = created(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  });
  const downloads: Promise<CapturedDownload>[] = [];
  let waiting: ((download: Promise<CapturedDownload>) => void) | undefined;
  sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    // Read now: the page removes the link right after the click.
    const found = { fileName: this.download, href: this.href, type: blob?.type ?? '', root: this.getRootNode() };
    const download = (async () => ({ ...found, text: blob ? await blob.text() : '' }))();
    downloads.push(download);
    waiting?.(download);
    waiting = undefined;
  });
  return {
    downloads,
    next: () => new Promise<CapturedDownload>((resolve) => (waiting = (download) => void download.then(resolve))),
  };
}
