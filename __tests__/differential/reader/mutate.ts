/**
 * Mutations of a PEM bundle for the reader differential: each family is a
 * kind of change an editor, a tool or an attacker makes to a truststore
 * file. Deterministic from a seed; files are latin1 strings (one char a byte).
 */

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, below: number) => Math.floor(random() * below);

/** Bytes that readers treat differently at line starts, ends and inside base64. */
const ODD_BYTES = [
  ' ',
  '\t',
  '\v',
  '\f',
  '\r',
  '\0',
  '\x01',
  '\x1b',
  '\x7f',
  '\xa0',
  '\xc2\xa0',
  '\xff',
  '\xef\xbb\xbf',
];

export interface Bundle {
  /** The bundle's text, LF line ends. */
  text: string;
  /** Base64 DER of a certificate not in the bundle, to smuggle in. */
  extra: string;
}

function lines(text: string): string[] {
  const result = text.split('\n');
  if (result[result.length - 1] === '') result.pop();
  return result;
}
const join = (list: readonly string[]) => `${list.join('\n')}\n`;

/** Indexes of lines that are BEGIN, END, or body lines. */
function roles(list: readonly string[]) {
  const begin: number[] = [];
  const end: number[] = [];
  const body: number[] = [];
  let inside = false;
  list.forEach((line, index) => {
    if (line.startsWith('-----BEGIN ')) {
      begin.push(index);
      inside = true;
    } else if (line.startsWith('-----END ')) {
      end.push(index);
      inside = false;
    } else if (inside) body.push(index);
  });
  return { begin, end, body };
}

function pemOf(base64: string, width = 64, label = 'CERTIFICATE'): string {
  const wrapped = base64.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
  return `-----BEGIN ${label}-----\n${wrapped}\n-----END ${label}-----\n`;
}

/** The base64 of each block, in order. */
function blockBodies(text: string): string[] {
  const list = lines(text);
  const { begin, end } = roles(list);
  return begin.map((start, i) => list.slice(start + 1, end[i]).join(''));
}

type Mutation = (text: string, random: Random, bundle: Bundle) => string;

const insertAt = (line: string, at: number, what: string) => line.slice(0, at) + what + line.slice(at);

export const FAMILIES: Record<string, Mutation> = {
  /** Whitespace and control bytes at the start or end of a delimiter or body line, or inside the base64. */
  'whitespace-control'(text, random) {
    const list = lines(text);
    const index = int(random, list.length);
    const byte = pick(random, ODD_BYTES);
    const line = list[index]!;
    const where = int(random, 3);
    list[index] =
      where === 0 ? byte + line : where === 1 ? line + byte : insertAt(line, int(random, line.length + 1), byte);
    return join(list);
  },
  /** Byte-order marks: at the start of the file, before a later block, or UTF-16's. */
  bom(text, random) {
    const mark = pick(random, ['\xef\xbb\xbf', '\xef\xbb\xbf', '\xfe\xff', '\xff\xfe', '\xef\xbb\xbf\xef\xbb\xbf']);
    if (random() < 0.6) return mark + text;
    const list = lines(text);
    const { begin } = roles(list);
    const index = pick(random, begin);
    list[index] = mark + list[index];
    return join(list);
  },
  /** Blank lines and RFC 1421 headers inside a block. */
  'blank-or-header'(text, random) {
    const list = lines(text);
    const { begin, end, body } = roles(list);
    const choice = int(random, 6);
    if (choice === 0) list.splice(pick(random, body), 0, '');
    else if (choice === 1) list.splice(pick(random, begin) + 1, 0, '');
    else if (choice === 2) list.splice(pick(random, end), 0, '');
    else if (choice === 3)
      list.splice(pick(random, begin) + 1, 0, pick(random, ['Comment: from the CA', 'X-Note: x']), '');
    else if (choice === 4)
      list.splice(pick(random, begin) + 1, 0, 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: NOPE-CIPHER,00112233', '');
    else list.splice(pick(random, begin) + 1, 0, pick(random, ['Comment: x', 'a:b', 'MIIB:']));
    return join(list);
  },
  /** The name and the dashes of delimiter lines. */
  'label-and-dashes'(text, random) {
    const list = lines(text);
    const { begin, end } = roles(list);
    const which = int(random, 2) === 0 ? pick(random, begin) : pick(random, end);
    const word = list[which]!.startsWith('-----BEGIN') ? 'BEGIN' : 'END';
    const label = pick(random, [
      'certificate',
      'X509 CERTIFICATE',
      'X.509 CERTIFICATE',
      'TRUSTED CERTIFICATE',
      'CERTIFICATE ',
      ' CERTIFICATE',
      'CERTIFICATE\t',
      'PKCS7',
      'CERT',
      '',
    ]);
    const dashes = pick(random, ['-----', '-----', '----', '------', '']);
    const closing = pick(random, ['-----', '-----', '----', '------', '']);
    list[which] = `${dashes}${word} ${label}${closing}`;
    // Both ends of the block now and then, so a renamed block can still close.
    if (random() < 0.5) {
      const pair = word === 'BEGIN' ? end[begin.indexOf(which)] : begin[end.indexOf(which)];
      if (pair !== undefined) list[pair] = `${dashes}${word === 'BEGIN' ? 'END' : 'BEGIN'} ${label}${closing}`;
    }
    return join(list);
  },
  /** How the base64 is laid out: rewrapped, padding, characters that are not base64. */
  'base64-layout'(text, random) {
    const choice = int(random, 5);
    if (choice === 0) {
      const width = pick(random, [1, 4, 63, 65, 76, 253, 254, 255, 300, 2000]);
      const bodies = blockBodies(text);
      return bodies.map((body) => pemOf(body, width)).join('');
    }
    const list = lines(text);
    const { body } = roles(list);
    const index = pick(random, body);
    const line = list[index]!;
    if (choice === 1)
      list[index] = insertAt(
        line,
        int(random, line.length + 1),
        pick(random, ['=', '==', '===', '*', '!', '.', '_', '-', '~', '%', '\\']),
      );
    else if (choice === 2) list[index] = line.replace(/=+$/, '') || line + '=';
    else if (choice === 3) list[index] = line.slice(0, line.length - 1 - int(random, 3));
    else list.splice(index, 1);
    return join(list);
  },
  /** BEGIN and END lines missing, doubled, swapped or nested. */
  delimiters(text, random, bundle) {
    const list = lines(text);
    const { begin, end, body } = roles(list);
    const choice = int(random, 6);
    if (choice === 0) list.splice(pick(random, [...begin, ...end]), 1);
    else if (choice === 1) {
      const index = pick(random, [...begin, ...end]);
      list.splice(index, 0, list[index]!);
    } else if (choice === 2) list.splice(pick(random, body), 0, '-----BEGIN CERTIFICATE-----');
    else if (choice === 3) list.splice(pick(random, body), 0, '-----END CERTIFICATE-----');
    else if (choice === 4) {
      // A whole certificate inside another block.
      const extra = pemOf(bundle.extra).trimEnd();
      list.splice(pick(random, body), 0, ...extra.split('\n'));
    } else list[pick(random, end)] = '-----END X509 CRL-----';
    return join(list);
  },
  /** Text before or after a delimiter on the same line, and text lines between blocks. */
  'text-on-delimiter-line'(text, random) {
    const list = lines(text);
    const { begin, end } = roles(list);
    const index = pick(random, [...begin, ...end]);
    const words = pick(random, [
      'x',
      '# comment',
      'subject=CN=Root',
      'MIIB',
      ':',
      'a'.repeat(200),
      'b'.repeat(254 - 11),
    ]);
    const choice = int(random, 4);
    if (choice === 0) list[index] = words + list[index];
    else if (choice === 1) list[index] = list[index] + words;
    else if (choice === 2) list.splice(index, 0, words);
    else list.splice(index + 1, 0, words);
    return join(list);
  },
  /** CRLF, lone CR, mixed, no final newline. */
  'line-endings'(text, random) {
    const choice = int(random, 5);
    if (choice === 0) return text.replace(/\n/g, '\r\n');
    if (choice === 1) return text.replace(/\n/g, '\r');
    if (choice === 2) return text.replace(/\n/g, () => (random() < 0.5 ? '\r\n' : '\n'));
    if (choice === 3) return text.replace(/\n$/, '');
    return text.replace(/\n/g, () => (random() < 0.2 ? '\n\r' : '\n'));
  },
  /** Bytes after the last block. */
  'after-last-block'(text, random, bundle) {
    const tail = pick(random, [
      'garbage',
      '\0\0\0',
      '\x00-----BEGIN CERTIFICATE-----',
      '-----BEGIN CERTIFICATE-----\nMIIB\n',
      pemOf(bundle.extra),
      '\xff\xfe\x00\x01',
      '\n\n\n',
      ' ',
    ]);
    return text + tail;
  },
  /** The DER inside a block: a byte flipped, bytes appended, a length changed. */
  der(text, random, bundle) {
    const bodies = blockBodies(text);
    const index = int(random, bodies.length);
    let der = Buffer.from(bodies[index]!, 'base64');
    const choice = int(random, 6);
    if (choice === 0) {
      der = Buffer.from(der);
      const at = int(random, der.length);
      der[at] = der[at]! ^ (1 << int(random, 8));
    } else if (choice === 1) {
      der = Buffer.concat([der, Buffer.from(pick(random, ['00', '0000', 'ff', '3000', '300302010a']), 'hex')]);
    } else if (choice === 2) {
      // Appended: a whole second certificate (OpenSSL's d2i_X509 reads the first).
      der = Buffer.concat([der, Buffer.from(bundle.extra, 'base64')]);
    } else if (choice === 3) {
      der = der.subarray(0, der.length - 1 - int(random, 16));
    } else if (choice === 4) {
      // The outer length in a longer form than needed: 30 82 LL LL -> 30 83 00 LL LL.
      if (der[1] === 0x82) der = Buffer.concat([der.subarray(0, 1), Buffer.from([0x83, 0x00]), der.subarray(2)]);
    } else {
      der = Buffer.from(der);
      if (der[1] === 0x82) der[3] = (der[3]! + pick(random, [1, -1, 2])) & 0xff;
    }
    bodies[index] = der.toString('base64');
    return bodies.map((body) => pemOf(body)).join('');
  },
  /** A second certificate carried by delimiter bytes: a block inside a block, behind odd bytes. */
  smuggling(text, random, bundle) {
    const list = lines(text);
    const { begin, body } = roles(list);
    const extra = pemOf(bundle.extra).trimEnd().split('\n');
    const prefix = pick(random, ['', ' ', '\t', '\x0b', '\r', '\0', '\xef\xbb\xbf']);
    const suffix = pick(random, ['', ' ', '\x01', '\r', '\x7f', '\xa0']);
    extra[0] = prefix + extra[0] + suffix;
    extra[extra.length - 1] = prefix + extra[extra.length - 1] + suffix;
    const where = int(random, 3);
    if (where === 0) list.splice(pick(random, body), 0, ...extra);
    else if (where === 1) list.splice(pick(random, begin), 0, ...extra);
    else list.push(...extra);
    return join(list);
  },
};

export const FAMILY_NAMES = Object.keys(FAMILIES);

/** One mutated file: its family (the first mutation's) and its text. */
export function mutate(bundle: Bundle, random: Random): { family: string; text: string } {
  const family = pick(random, FAMILY_NAMES);
  let text = FAMILIES[family]!(bundle.text, random, bundle);
  // Now and then a second mutation on top, from any family.
  if (random() < 0.25) {
    try {
      text = FAMILIES[pick(random, FAMILY_NAMES)]!(text, random, bundle);
    } catch {
      // A mutation that needs a block the first one removed: keep the first.
    }
  }
  return { family, text };
}
