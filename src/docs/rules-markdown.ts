import { RULES } from '../rules/registry.js';
import { PROFILES, type Rule } from '../rules/rule.js';

/** Pipes and line breaks would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function section(rule: Rule): string {
  return [
    `### \`${rule.id}\``,
    '',
    `**${rule.title}.** Default severity: **${rule.defaultSeverity}**. Profiles: ${rule.profiles.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    rule.description,
    '',
    `*At the gateway:* ${rule.consequence}`,
    '',
    `*Fix:* ${rule.remedy}`,
    '',
    `*Source:* ${rule.citation}`,
    '',
  ].join('\n');
}

/** docs/rules.md, generated from the registry so it cannot drift (a test compares them). */
export function renderRulesMarkdown(): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from src/rules by `npm run docs`; do not edit by hand. -->',
    '',
    `Every rule has a stable id: use it to change a severity or suppress a finding in \`.truststore-check.yml\`. Profiles: ${PROFILES.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    '| id | default | what it finds |',
    '|---|---|---|',
    ...RULES.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.defaultSeverity} | ${cell(rule.title)} |`),
    '',
    '## Details',
    '',
    ...RULES.map(section),
  ];
  return lines.join('\n');
}

/** The registry as data, for `--list-rules --format json`. */
export function rulesAsJson(): string {
  const rules = RULES.map(({ id, defaultSeverity, title, description, consequence, remedy, citation, profiles }) => ({
    id,
    defaultSeverity,
    title,
    description,
    consequence,
    remedy,
    citation,
    profiles,
  }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}
