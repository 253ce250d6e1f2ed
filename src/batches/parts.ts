import { pairingBaseName, type FileRole } from '../inventory/files.js';

/**
 * The files of an inventory (by index) in parts that can be judged apart,
 * each against the same truststores and CRLs. The first part holds every
 * truststore and CRL file, and is the only part whose rules speak of them;
 * the others hold client files, about `size` files each, in order. Files
 * that pair by name (a certificate and its key: client.pem, client.key) stay
 * in one part, so the rule comparing them sees both; such a group with a
 * truststore or CRL file in it joins the first part.
 */
export function splitIntoParts(files: ReadonlyArray<{ path: string; role: FileRole }>, size: number): number[][] {
  const groups = new Map<string, number[]>();
  files.forEach((file, index) => {
    const key = pairingBaseName(file.path);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const first: number[] = [];
  const parts: number[][] = [];
  let current: number[] = [];
  for (const group of groups.values()) {
    if (group.some((index) => files[index]!.role === 'truststore' || files[index]!.role === 'crl')) {
      first.push(...group);
      continue;
    }
    if (current.length > 0 && current.length + group.length > size) {
      parts.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) parts.push(current);
  const ascending = (a: number, b: number) => a - b;
  return [first.sort(ascending), ...parts.map((part) => part.sort(ascending))];
}
