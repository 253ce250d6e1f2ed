import type { FindingDraft } from '../../findings/finding.js';
import type { Quota } from '../../profiles/profile.js';
import { crlsOf } from '../../inventory/inventory.js';
import type { Rule } from '../rule.js';

function over(quota: Quota, value: number, what: string): string {
  const limit = quota.value.toLocaleString('en-US');
  return `${value.toLocaleString('en-US')} ${what}, over the quota of ${limit}${quota.adjustable ? ' (adjustable by a quota request)' : ''}`;
}

export const crlQuota: Rule = {
  id: 'crl-quota',
  defaultSeverity: 'error',
  title: 'CRLs over the gateway’s quotas',
  description:
    'The CRL files exceed what the gateway takes: for Application Load Balancer, 50 MB per CRL file, 30 revocation lists per trust store and 500,000 revoked entries in all.',
  remedy:
    'Split or prune the CRLs (revoked certificates that have expired can leave the list), or request a quota increase where it is adjustable.',
  appliesTo: (profile) => {
    const revocation = profile.revocation;
    const quota = revocation?.maxFileBytes ?? revocation?.maxLists ?? revocation?.maxEntries;
    return quota ? { evidence: quota.evidence, phase: quota.phase } : undefined;
  },
  consequence: (profile) => `${profile.wording.uploadRefusal}.`,
  *check(context) {
    const revocation = context.profile.revocation;
    if (!revocation) return;
    const files = context.inventory.files.filter((file) => file.role === 'crl');
    const first = files[0];
    const at = (file: string, message: string): FindingDraft => ({ message, file, line: 1, endLine: 1 });
    if (revocation.maxFileBytes) {
      for (const file of files) {
        if (file.size > revocation.maxFileBytes.value)
          yield at(file.path, `The CRL file is ${over(revocation.maxFileBytes, file.size, 'bytes')}.`);
      }
    }
    if (!first) return;
    const lists = files.reduce((sum, file) => sum + crlsOf(file).length, 0);
    if (revocation.maxLists && lists > revocation.maxLists.value)
      yield at(first.path, `The CRL files hold ${over(revocation.maxLists, lists, 'revocation lists')}.`);
    const entries = files.reduce((sum, file) => sum + crlsOf(file).reduce((n, o) => n + o.crl.entries, 0), 0);
    if (revocation.maxEntries && entries > revocation.maxEntries.value)
      yield at(first.path, `The CRLs list ${over(revocation.maxEntries, entries, 'revoked certificates')}.`);
  },
};
