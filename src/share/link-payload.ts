import { DataError } from '../model/data-error.js';

/**
 * What the two kinds of link of ours share (a routine for the patient, a report for the clinic):
 * a payload `<version>z.<base64url of deflate-raw(JSON)>`, or `<version>j.<base64url of JSON>`
 * where the browser has no `CompressionStream`, and reading one back with a limit on what it may
 * unpack to. Errors are `DataError`s made by the link's own `fail`, which names the link.
 */
export interface PayloadOptions {
  /** Longest JSON, in bytes, a payload may hold or unpack to. */
  maxJson: number;
  /** The error for `message`, naming the link (its path and kind). */
  fail: (message: string) => DataError;
  /** What the link holds, in its messages: `routine`, `report`. */
  noun: string;
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string, { fail, noun }: PayloadOptions): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw fail(`is not a ${noun} link: it has characters a link of ours never has`);
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
  } catch {
    throw fail('is cut short or changed: its letters do not decode');
  }
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** Bytes through a (de)compression stream, refusing more than `maxJson` bytes out. */
async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, { maxJson, fail, noun }: PayloadOptions): Promise<Uint8Array<ArrayBuffer>> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxJson) {
      void reader.cancel().catch(() => undefined);
      throw fail(`is too large to be a ${noun}`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** `value` as a payload of `version`: compressed where the browser can. */
export async function packPayload(version: number, value: unknown, options: PayloadOptions): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return canCompress() ? `${version}z.${base64url(await through(json, new CompressionStream('deflate-raw'), options))}` : `${version}j.${base64url(json)}`;
}

/** The JSON value in a payload's `body` of kind `z` (compressed) or `j`, or the link's error. */
export async function unpackPayload(kind: 'z' | 'j', body: string, options: PayloadOptions): Promise<unknown> {
  const { maxJson, fail, noun } = options;
  let bytes = fromBase64url(body, options);
  if (kind === 'z') {
    if (!canCompress()) throw fail('is compressed, and this browser cannot unpack it');
    try {
      bytes = await through(bytes, new DecompressionStream('deflate-raw'), options);
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw fail('is cut short or changed: it does not unpack');
    }
  } else if (bytes.length > maxJson) {
    throw fail(`is too large to be a ${noun}`);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw fail('is cut short or changed: its contents are not readable');
  }
}
