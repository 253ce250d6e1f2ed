import type { Rule } from '../rule.js';

export const fileNotRead: Rule = {
  id: 'file-not-read',
  defaultSeverity: 'error',
  mandatory: true,
  title: 'File matched but not read, or read only in part',
  description:
    'A matched file was left unread, so it is not known to be good: a symbolic link to a path outside the repository (never followed), a broken link, a file over a size limit, past the limit on files or bytes per run, unreadable, or holding more PEM blocks than the limit (the rest unread). Limits are set under `limits:` in .truststore-check.yml.',
  remedy: 'Commit the real file instead of a link, split or shrink it, or raise the limit if the file is legitimate.',
  appliesTo: () => ({}),
  consequence: () =>
    'Unknown: what is in the unread part never reached the checks, and a truststore that is not what it seems may refuse clients or fail to upload.',
  *check(context) {
    for (const file of context.inventory.files) {
      if (file.notRead?.severity !== 'error') continue;
      yield { message: `The file was not read in full: ${file.notRead.reason}.`, file: file.path, line: 1, endLine: 1 };
    }
  },
};
