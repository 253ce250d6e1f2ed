import { ALL_HASHES } from '../x509/algorithms.js';
import { AGREEMENT_MEASURED, AGREEMENT_RUNS } from './agreement.js';
import { CONFIDENCE_WORDS, type Evidence, type Profile, type Quota } from '../profiles/profile.js';
import { BUILTIN_PROFILES, DEFAULT_PROFILE } from '../profiles/registry.js';
import { cell, PHASE_WORDS } from './rules-markdown.js';

interface Fact {
  name: string;
  value(profile: Profile): string;
  evidence(profile: Profile): Evidence | undefined;
}

function quota(value: Quota | undefined, unit: string): string {
  if (!value) return 'none';
  return `${value.value.toLocaleString('en-US')} ${unit}${value.adjustable ? ' (adjustable)' : ''}; ${PHASE_WORDS[value.phase]}`;
}

/** A row for one of the gateway's quotas: its value and its evidence. */
function quotaFact(name: string, of: (profile: Profile) => Quota | undefined, unit: string): Fact {
  return { name, value: (profile) => quota(of(profile), unit), evidence: (profile) => of(profile)?.evidence };
}

function keys(profile: Profile): string {
  const { rsa, ec, others } = profile.keys;
  const parts = [
    rsa
      ? rsa.sizes
        ? `RSA ${rsa.sizes.join(', ')}`
        : `RSA ${rsa.minBits > 1 ? `≥ ${rsa.minBits}` : 'any size'}${rsa.maxBits ? `, ≤ ${rsa.maxBits}` : ''}`
      : 'no RSA',
    ec
      ? ec.curves
        ? `EC ${ec.curves.join(', ')}`
        : `EC ${ec.minBits > 1 ? `≥ ${ec.minBits} bits` : 'any curve'}`
      : 'no EC',
    ...(others.length > 0 ? [others.join(', ')] : []),
    ...(profile.keys.minSecurityBits ? [`at least ${profile.keys.minSecurityBits} security bits`] : []),
  ];
  return parts.join('; ');
}

function signatures(profile: Profile): string {
  const { hashes, minSecurityBits } = profile.signatures;
  const hashText = hashes.length === ALL_HASHES.length ? 'any hash' : hashes.join(', ');
  return minSecurityBits ? `${hashText}; at least ${minSecurityBits} security bits` : hashText;
}

function revocation(profile: Profile): string {
  const policy = profile.revocation;
  if (!policy) return 'none';
  const scope =
    policy.scope === 'every-ca'
      ? 'every certificate on a chain, the root included'
      : "the client's own certificate only";
  const missing =
    policy.missingCrl === 'refuses'
      ? 'a certificate without a CRL from its issuer is refused'
      : 'a certificate without a CRL from its issuer is let through';
  return `CRLs (${policy.setting}): checks ${scope}; ${missing}`;
}

/** The facts of a profile, each with the evidence behind it: the rows of every table below. */
const FACTS: readonly Fact[] = [
  {
    name: 'Issuers come from',
    value: (p) =>
      p.chain.issuers === 'truststore'
        ? 'the truststore only (what the client sends is ignored)'
        : 'the truststore and what the client sends',
    evidence: (p) => p.chain.evidence.issuers,
  },
  {
    name: 'Chain depth',
    value: (p) =>
      `${p.chain.depthLimit}${Number.isFinite(p.chain.maxIntermediates) ? ` (verify depth ${p.chain.maxIntermediates})` : ''}${p.chain.depthSetting ? `; set by \`${p.chain.depthSetting.name}\`` : ''}`,
    evidence: (p) => p.chain.evidence.depth,
  },
  {
    name: 'Path building',
    value: (p) =>
      p.chain.verifier === 'go'
        ? "Go's crypto/x509: its own parser; every path tried (byte-equal names, matching key identifiers first) within 100 signature checks"
        : "OpenSSL's: one chain, the first likely issuer at each step (truststore first), never reconsidered",
    evidence: (p) => p.chain.evidence.verifier,
  },
  {
    name: 'Trust anchor',
    value: (p) =>
      p.chain.partialChain
        ? 'any truststore certificate (partial chains)'
        : 'a self-signed certificate in the truststore',
    evidence: (p) => p.chain.evidence.anchor,
  },
  {
    name: 'Validated on every chain',
    value: () => 'syntax, signatures, validity, CA flags, name constraints',
    evidence: (p) => p.validation,
  },
  { name: 'Keys', value: keys, evidence: (p) => p.keys.evidence },
  { name: 'Signatures', value: signatures, evidence: (p) => p.signatures.evidence },
  {
    name: 'Client purpose (extendedKeyUsage clientAuth)',
    value: (p) =>
      p.purpose.sslClient
        ? "OpenSSL's TLS-client purpose on every certificate of the chain (extendedKeyUsage clientAuth where present; the leaf's keyUsage)"
        : p.purpose.nestedExtendedKeyUsage
          ? 'extendedKeyUsage nested down the chain: every certificate that has one must allow clientAuth or anyExtendedKeyUsage; keyUsage ignored'
          : `leaf: ${p.purpose.leaf}; issuing CA: ${p.purpose.issuer}`,
    evidence: (p) => p.purpose.evidence,
  },
  {
    name: 'A CA certificate as the client',
    value: (p) =>
      p.clientCa.verdict === 'refused'
        ? 'refused'
        : "judged by its chain like any client's (a warning: its key can issue more clients)",
    evidence: (p) => p.clientCa.evidence,
  },
  quotaFact('Certificates per truststore', (p) => p.bundle.maxCertificates, 'certificates'),
  quotaFact('Truststore size', (p) => p.bundle.maxBytes, 'bytes'),
  quotaFact('Size of one certificate', (p) => p.bundle.maxCertificateBytes, 'bytes'),
  quotaFact('CA subject names (all together)', (p) => p.bundle.maxSubjectBytes, 'bytes'),
  {
    name: 'Bundle format',
    value: (p) => {
      const f = p.bundle.format;
      return [
        `text outside blocks ${f.textOutsideBlocks}`,
        `blank lines ${f.blankLines}`,
        ...(f.pemExtension ? ['.pem extension'] : []),
        ...(f.rootsPerFile !== undefined ? [`exactly ${f.rootsPerFile} root per file`] : []),
      ].join('; ');
    },
    evidence: (p) => p.bundle.format.evidence,
  },
  {
    name: 'A certificate it does not accept in the bundle',
    value: (p) => PHASE_WORDS[p.bundle.badCertificate.phase],
    evidence: (p) => p.bundle.badCertificate.evidence,
  },
  { name: 'Revocation lists', value: revocation, evidence: (p) => p.revocation?.evidence.revoked },
  {
    name: 'Certificate without a CRL',
    value: (p) => (p.revocation ? (p.revocation.missingCrl === 'refuses' ? 'refused' : 'accepted') : '—'),
    evidence: (p) => p.revocation?.evidence.missing,
  },
  {
    name: 'CRL past nextUpdate',
    value: (p) => (p.revocation ? 'the certificates it covers are refused' : '—'),
    evidence: (p) => p.revocation?.evidence.validity,
  },
  {
    name: 'CRL quotas',
    value: (p) => {
      const r = p.revocation;
      if (!r?.maxFileBytes && !r?.maxLists && !r?.maxEntries) return 'none';
      return [
        ...(r.maxFileBytes ? [`${quota(r.maxFileBytes, 'bytes')} per file`] : []),
        ...(r.maxLists ? [quota(r.maxLists, 'lists')] : []),
        ...(r.maxEntries ? [quota(r.maxEntries, 'entries')] : []),
      ].join(' / ');
    },
    evidence: (p) => p.revocation?.maxFileBytes?.evidence,
  },
];

function evidenceCell(evidence: Evidence | undefined): string {
  return evidence ? cell(`${CONFIDENCE_WORDS[evidence.confidence]}: ${evidence.source}`) : '—';
}

function profileSection(profile: Profile): string {
  const reasons = Object.entries(profile.wording.reasons).map(([reason, words]) => `\`${reason}\`: "${words}"`);
  return [
    `## \`${profile.id}\`${profile === DEFAULT_PROFILE ? ' (default)' : ''}`,
    '',
    `**${profile.name}.** ${profile.summary}`,
    '',
    '| fact | value | evidence |',
    '|---|---|---|',
    ...FACTS.map((fact) => `| ${fact.name} | ${cell(fact.value(profile))} | ${evidenceCell(fact.evidence(profile))} |`),
    '',
    `A refused client gets ${profile.wording.refusal}.${reasons.length > 0 ? ` Logged reasons: ${reasons.join('; ')}.` : ''}`,
    '',
    `To deploy a changed bundle: ${profile.wording.deploy.step}.`,
    '',
    '```sh',
    profile.wording.deploy.command,
    '```',
    ...(profile.options && profile.options.length > 0
      ? [
          '',
          'Settings (`profile-options:`):',
          '',
          ...profile.options.map((option) => `- \`${option.key}\`: ${option.description}`),
        ]
      : []),
    '',
  ].join('\n');
}

/** docs/profiles.md, generated from the profile data (a test compares them). */
export function renderProfilesMarkdown(): string {
  const ids = BUILTIN_PROFILES.map((profile) => `\`${profile.id}\``);
  return [
    '# Gateway profiles',
    '',
    '<!-- Generated from src/profiles by `npm run docs`; do not edit by hand. -->',
    '',
    'A profile is what one gateway enforces, as data: where issuers come from, how deep a chain may be, what anchors it, which keys and signatures it takes, its quotas and bundle format, and the words it refuses a client with. ' +
      'Every fact names its evidence and how sure it is: vendor documentation, a published reproduction, a third-party report, or unconfirmed. ' +
      "Only vendor-documented or reproduced behaviour makes an error by default; the rest is a warning at most. The repository's configuration may define its own profile that `extends` one of these.",
    '',
    '## Comparison',
    '',
    `| | ${ids.join(' | ')} |`,
    `|---|${ids.map(() => '---').join('|')}|`,
    ...FACTS.map(
      (fact) => `| ${fact.name} | ${BUILTIN_PROFILES.map((profile) => cell(fact.value(profile))).join(' | ')} |`,
    ),
    '',
    ...BUILTIN_PROFILES.map(profileSection),
    '## Agreement with openssl verify and with real servers',
    '',
    `Random PKIs (depths of zero to five, misplaced and re-keyed issuers, extension, name and validity variations, wrong signers; with CRLs: missing, expired, badly signed, revoking, scoped and duplicate lists), each client judged by the tool and by the oracle. Google Cloud is not compared: its clientAuth requirement on the issuing CA has no \`openssl verify\` flag. The real servers run on 127.0.0.1, one process per gateway serving every case by name (SNI), and judge at the real clock: cases that hinge on one second are left out (for Go, also a certificate expiring at the planned moment, since Go counts its notAfter second as valid). Measured ${AGREEMENT_MEASURED}; CI repeats 300 cases per profile against \`openssl verify\` (99.5% required) and 350 against each real server (99% of verdicts and of logged reasons required). No class of disagreement remains, in verdicts or in logged reasons.`,
    '',
    '| profile | oracle | seed | cases | agree | oracle accepted | logged reason quoted |',
    '|---|---|---|---|---|---|---|',
    ...AGREEMENT_RUNS.map((run) => {
      const percent = (part: number, whole: number) => ((part / whole) * 100).toFixed(2);
      const logged = run.logged
        ? `${run.logged.matching.toLocaleString('en-US')} of ${run.logged.refusals.toLocaleString('en-US')} refusals (${percent(run.logged.matching, run.logged.refusals)}%)`
        : '—';
      return `| ${run.subject} | ${run.oracle} | ${run.seed} | ${run.cases.toLocaleString('en-US')} | ${run.agreeing.toLocaleString('en-US')} (${percent(run.agreeing, run.cases)}%) | ${run.accepted.toLocaleString('en-US')} | ${logged} |`;
    }),
    '',
  ].join('\n');
}

/** The built-in profiles as JSON (`--list-profiles --format json`): what scripts and other tools read. */
export function profilesAsJson(): string {
  const profiles = BUILTIN_PROFILES.map((profile) => ({
    id: profile.id,
    name: profile.name,
    summary: profile.summary,
    ...(profile === DEFAULT_PROFILE ? { default: true } : {}),
  }));
  return `${JSON.stringify(profiles, null, 2)}\n`;
}
