import {
  bitStringBytes,
  bitStringFlags,
  children,
  decodeBoolean,
  decodeOid,
  decodeTime,
  DerError,
  readNode,
} from '../src/x509/der.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('the DER reader reads what OpenSSL reads and refuses what it refuses', () => {
  test('short, long and zero-padded lengths give the same node', () => {
    const short = readNode(bytes(0x04, 0x02, 0xaa, 0xbb));
    const long = readNode(bytes(0x04, 0x81, 0x02, 0xaa, 0xbb));
    const padded = readNode(bytes(0x04, 0x82, 0x00, 0x02, 0xaa, 0xbb));
    for (const node of [short, long, padded]) expect(node.end - node.contentStart).toBe(2);
  });

  test.each([
    ['an indefinite length', bytes(0x30, 0x80, 0x00, 0x00), /indefinite length/],
    ['a multi-byte tag', bytes(0x1f, 0x81, 0x01, 0x00), /multi-byte tags/],
    ['a missing length', bytes(0x30), /missing length/],
    ['a length longer than the data', bytes(0x04, 0x05, 0xaa), /declares 5 bytes but only 1 remain/],
    ['a five-byte length field', bytes(0x04, 0x85, 0, 0, 0, 0, 1, 0xaa), /too large/],
  ])('%s is a DerError', (_what, input, message) => {
    expect(() => readNode(input)).toThrow(DerError);
    expect(() => readNode(input)).toThrow(message);
  });

  test('children stay inside their parent: a child running past it is refused', () => {
    const parent = readNode(bytes(0x30, 0x03, 0x04, 0x05, 0xaa, 0xbb, 0xcc, 0xdd));
    expect(() => children(parent)).toThrow(/declares 5 bytes but only 1 remain/);
  });

  test('BOOLEAN: any non-zero byte is true (OpenSSL reads 0x01 as true); more than one byte is refused', () => {
    expect(decodeBoolean(readNode(bytes(0x01, 0x01, 0xff)))).toBe(true);
    expect(decodeBoolean(readNode(bytes(0x01, 0x01, 0x01)))).toBe(true);
    expect(decodeBoolean(readNode(bytes(0x01, 0x01, 0x00)))).toBe(false);
    expect(() => decodeBoolean(readNode(bytes(0x01, 0x02, 0x00, 0x00)))).toThrow(/one byte/);
  });

  test('BIT STRING: the unused-bit count is honoured for named bits and refused past 7', () => {
    // keyUsage digitalSignature and keyCertSign: bits 0 and 5, two unused bits.
    expect(bitStringFlags(readNode(bytes(0x03, 0x02, 0x02, 0x84)))).toEqual([true, false, false, false, false, true]);
    expect(Array.from(bitStringBytes(readNode(bytes(0x03, 0x03, 0x00, 0xde, 0xad))))).toEqual([0xde, 0xad]);
    expect(() => bitStringBytes(readNode(bytes(0x03, 0x02, 0x08, 0x00)))).toThrow(/8 unused bits/);
    expect(() => bitStringFlags(readNode(bytes(0x03, 0x00)))).toThrow(/empty BIT STRING/);
  });

  test('OIDs: the first two arcs, multi-byte arcs, and truncation', () => {
    expect(decodeOid(readNode(bytes(0x06, 0x03, 0x55, 0x1d, 0x13)))).toBe('2.5.29.19');
    expect(decodeOid(readNode(bytes(0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07)))).toBe('1.3.6.1.5.5.7');
    expect(decodeOid(readNode(bytes(0x06, 0x02, 0x88, 0x37)))).toBe('2.999');
    expect(() => decodeOid(readNode(bytes(0x06, 0x02, 0x55, 0x9d)))).toThrow(/ends mid-arc/);
    expect(() => decodeOid(readNode(bytes(0x06, 0x00)))).toThrow(/empty/);
  });

  test('times: UTCTime pivots at 50, GeneralizedTime takes fractions, impossible dates are refused', () => {
    const utc = (text: string) => readNode(Uint8Array.from([0x17, text.length, ...Buffer.from(text, 'latin1')]));
    const generalized = (text: string) =>
      readNode(Uint8Array.from([0x18, text.length, ...Buffer.from(text, 'latin1')]));
    expect(decodeTime(utc('491231235959Z')).toISOString()).toBe('2049-12-31T23:59:59.000Z');
    expect(decodeTime(utc('500101000000Z')).toISOString()).toBe('1950-01-01T00:00:00.000Z');
    expect(decodeTime(generalized('20500101000000.5Z')).toISOString()).toBe('2050-01-01T00:00:00.000Z');
    expect(() => decodeTime(utc('260231000000Z'))).toThrow(/bad time/);
    expect(() => decodeTime(utc('260101000000+0100'))).toThrow(/bad UTCTime/);
    expect(() => decodeTime(readNode(bytes(0x04, 0x00)))).toThrow(/expected a time/);
  });
});
