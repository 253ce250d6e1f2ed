import { describeError } from '../errors.js';
import { Tag } from '../x509/der.js';
import { derTruststore, fromDer } from './der-objects.js';
import type { FileObject, ReadResult } from './file-objects.js';
import type { FileRole } from './files.js';
import { BEGIN_MARK, readPemText } from './pem-objects.js';

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  for (const byte of sample) {
    if (byte === 0 || byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return true;
  }
  return false;
}

/**
 * Every object in a file's bytes, in order, as the gateway's reader loads
 * them (OpenSSL's PEM reader for text; for a client or CRL file, a DER
 * certificate or CRL too), up to `maxBlocks` PEM blocks; never throws. A
 * malformed file is read as malformed objects; a bug in the parsers (any
 * error but a DerError) leaves the file unread, with `readerError` set.
 */
export function readObjects(bytes: Uint8Array, maxBlocks = Infinity, role?: FileRole): ReadResult {
  try {
    return readBytes(bytes, maxBlocks, role);
  } catch (error) {
    return { objects: [], readerError: describeError(error) };
  }
}

function readBytes(bytes: Uint8Array, maxBlocks: number, role: FileRole | undefined): ReadResult {
  const whole = (object: FileObject): ReadResult => ({ objects: [object] });
  if (bytes.length === 0)
    return whole({ kind: 'malformed', label: 'file', reason: 'the file is empty', line: 1, endLine: 1 });
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(BEGIN_MARK) < 0) {
    if (bytes[0] === Tag.SEQUENCE) {
      if (role === 'truststore') return { objects: [], notLoaded: [derTruststore(bytes)] };
      return whole(fromDer(bytes));
    }
    if (looksBinary(bytes))
      return whole({
        kind: 'malformed',
        label: 'file',
        reason: 'binary data that is neither PEM nor a DER certificate',
        line: 1,
        endLine: 1,
      });
  }
  return readPemText(bytes, maxBlocks);
}
