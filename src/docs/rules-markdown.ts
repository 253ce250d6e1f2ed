import { CONFIDENCE_WORDS, type Phase, type Profile } from '../profiles/profile.js';
import { BUILTIN_PROFILES } from '../profiles/registry.js';
import { RULES } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';
import { profileSeverity } from '../rules/severities.js';

/** Pipes and line breaks would break a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export const PHASE_WORDS: Record<Phase, string> = {
  upload: 'refuses the bundle at upload',
  'upload-warning': 'warns at upload, fails clients at run time',
  runtime: 'fails clients at run time',
};

function profileRow(rule: Rule, profile: Profile): string {
  const application = rule.appliesTo(profile);
  const severity = profileSeverity(rule, profile);
  if (!application) return `| \`${profile.id}\` | off | — | not part of this gateway's behaviour | — |`;
  const when = application.phase ? PHASE_WORDS[application.phase] : '—';
  const evidence = application.evidence
    ? `${CONFIDENCE_WORDS[application.evidence.confidence]}: ${application.evidence.source}`
    : 'a problem in the repository itself, whatever the gateway';
  return `| \`${profile.id}\` | ${severity} | ${when} | ${cell(rule.consequence(profile))} | ${cell(evidence)} |`;
}

function section(rule: Rule): string {
  return [
    `### \`${rule.id}\``,
    '',
    `**${rule.title}.** ${rule.description}`,
    '',
    `*Fix:* ${rule.remedy}`,
    '',
    '| profile | severity | the gateway | what happens | evidence |',
    '|---|---|---|---|---|',
    ...BUILTIN_PROFILES.map((profile) => profileRow(rule, profile)),
    '',
  ].join('\n');
}

/** docs/rules.md, generated from the registry and the profiles so it cannot drift (a test compares them). */
export function renderRulesMarkdown(): string {
  const ids = BUILTIN_PROFILES.map((profile) => profile.id);
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from src/rules and src/profiles by `npm run docs`; do not edit by hand. -->',
    '',
    'Every rule has a stable id: use it to change a severity or suppress a finding in `.truststore-check.yml`. ' +
      "A rule's severity depends on the profile: off where the gateway does not have the behaviour, capped at warning where the evidence for it is a third party's or missing. " +
      'The evidence and how each gateway behaves are in [profiles.md](profiles.md); the chain model in [gateway-model.md](gateway-model.md).',
    '',
    `| id | what it finds | ${ids.map((id) => `\`${id}\``).join(' | ')} |`,
    `|---|---|${ids.map(() => '---').join('|')}|`,
    ...RULES.map(
      (rule) =>
        `| [\`${rule.id}\`](#${rule.id}) | ${cell(rule.title)} | ${BUILTIN_PROFILES.map((profile) => profileSeverity(rule, profile)).join(' | ')} |`,
    ),
    '',
    '## Details',
    '',
    ...RULES.map(section),
  ];
  return lines.join('\n');
}

/** The registry as data, for `--list-rules --format json`. */
export function rulesAsJson(): string {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    title: rule.title,
    description: rule.description,
    remedy: rule.remedy,
    profiles: Object.fromEntries(
      BUILTIN_PROFILES.map((profile) => {
        const application = rule.appliesTo(profile);
        return [
          profile.id,
          {
            severity: profileSeverity(rule, profile),
            ...(application?.phase ? { phase: application.phase } : {}),
            ...(application?.evidence ? { evidence: application.evidence } : {}),
            consequence: rule.consequence(profile),
          },
        ];
      }),
    ),
  }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}
