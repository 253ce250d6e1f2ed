import type { GoCertificate } from '../x509/go-certificate.js';
import { domainLabels, uriHost, type GoNameConstraints } from '../x509/go-names.js';

// Go's checkNameConstraints (go1.19 verify.go): the names of a certificate against a CA's constraints, within Go's budget.

/** MaxConstraintComparisions' default. */
const GO_MAX_CONSTRAINT_COMPARISONS = 250_000;

/** matchDomainConstraint: labels compared from the right, ASCII case folded; a leading dot needs a subdomain. */
function matchDomain(domain: string, constraint: string): boolean | 'error' {
  if (constraint.length === 0) return true;
  const labels = domainLabels(domain);
  if (!labels) return 'error';
  const mustHaveSubdomains = constraint.startsWith('.');
  const constraintLabels = domainLabels(mustHaveSubdomains ? constraint.slice(1) : constraint);
  if (!constraintLabels) return 'error';
  if (labels.length < constraintLabels.length || (mustHaveSubdomains && labels.length === constraintLabels.length))
    return false;
  return constraintLabels.every((label, index) => label.toLowerCase() === labels[index]!.toLowerCase());
}

function matchEmail(mailbox: string, constraint: string): boolean | 'error' {
  const at = mailbox.lastIndexOf('@');
  if (at <= 0) return 'error';
  const [local, domain] = [mailbox.slice(0, at), mailbox.slice(at + 1)];
  if (constraint.includes('@')) {
    const split = constraint.lastIndexOf('@');
    return local === constraint.slice(0, split) && domain.toLowerCase() === constraint.slice(split + 1).toLowerCase();
  }
  return matchDomain(domain, constraint);
}

function matchUri(uri: string, constraint: string): boolean | 'error' {
  const host = uriHost(uri);
  if (!host || host.startsWith('[') || /^[0-9.]+$/.test(host)) return 'error';
  return matchDomain(host, constraint);
}

function matchIp(ip: Uint8Array, constraint: { ip: Uint8Array; mask: Uint8Array }): boolean {
  if (ip.length !== constraint.ip.length) return false;
  return ip.every(
    (byte, index) => (byte & constraint.mask[index]!) === (constraint.ip[index]! & constraint.mask[index]!),
  );
}

/** checkNameConstraints of verify.go for every name of one kind: excluded first, then permitted. */
function checkNames<T, C>(
  names: readonly T[],
  shown: (name: T) => string,
  permitted: readonly C[],
  excluded: readonly C[],
  match: (name: T, constraint: C) => boolean | 'error',
  count: { value: number },
): { name: string; violation: 'permitted' | 'excluded' | 'unsupported' } | undefined {
  for (const name of names) {
    count.value += excluded.length;
    if (count.value > GO_MAX_CONSTRAINT_COMPARISONS) return { name: shown(name), violation: 'unsupported' };
    for (const constraint of excluded) {
      const matched = match(name, constraint);
      if (matched === 'error') return { name: shown(name), violation: 'unsupported' };
      if (matched) return { name: shown(name), violation: 'excluded' };
    }
    count.value += permitted.length;
    if (count.value > GO_MAX_CONSTRAINT_COMPARISONS) return { name: shown(name), violation: 'unsupported' };
    let ok = true;
    for (const constraint of permitted) {
      const matched = match(name, constraint);
      if (matched === 'error') return { name: shown(name), violation: 'unsupported' };
      ok = matched;
      if (ok) break;
    }
    if (!ok) return { name: shown(name), violation: 'permitted' };
  }
  return undefined;
}

export function nameViolation(
  constraints: GoNameConstraints,
  checked: GoCertificate,
): { name: string; violation: 'permitted' | 'excluded' | 'unsupported' } | undefined {
  const names = checked.subjectAltName;
  if (!names) return undefined;
  const count = { value: 0 };
  const ipText = (ip: Uint8Array) => (ip.length === 4 ? [...ip].join('.') : Buffer.from(ip).toString('hex'));
  return (
    checkNames(
      names.email,
      (n) => `email address ${n}`,
      constraints.permittedEmail,
      constraints.excludedEmail,
      matchEmail,
      count,
    ) ??
    checkNames(
      names.dns,
      (n) => `DNS name ${n}`,
      constraints.permittedDns,
      constraints.excludedDns,
      matchDomain,
      count,
    ) ??
    checkNames(names.uri, (n) => `URI ${n}`, constraints.permittedUri, constraints.excludedUri, matchUri, count) ??
    checkNames(
      names.ip,
      (n) => `IP address ${ipText(n)}`,
      constraints.permittedIp,
      constraints.excludedIp,
      matchIp,
      count,
    )
  );
}
