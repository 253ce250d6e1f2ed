import type { Place } from '../model.js';
import { asString, isRecord, FileContent, Unknown, type Value } from './values.js';

/**
 * Terraform's built-in functions that decide where a file is, on arguments
 * already evaluated; `file()` and its kin become the file's content. Any
 * other function is not evaluated.
 */
export function callFunction(name: string, args: Value[], place: Place): Value {
  const firstUnknown = args.find((argument): argument is Unknown => argument instanceof Unknown);
  const text = (index: number) => asString(args[index] ?? new Unknown('a missing argument', place), place);
  switch (name) {
    case 'file':
    case 'filebase64':
    case 'filemd5':
    case 'filesha1':
    case 'filesha256':
    case 'filesha512':
    case 'filebase64sha256':
    case 'filebase64sha512': {
      const reference = text(0);
      if (reference instanceof Unknown) return reference;
      const content = new FileContent(reference, place);
      return name === 'file' || name === 'filebase64' ? content : new Unknown(`${name}(...) of a file`, place);
    }
    case 'abspath':
    case 'pathexpand':
      return new Unknown(`${name}() makes an absolute path`, place);
    case 'basename':
    case 'dirname':
    case 'lower':
    case 'upper':
    case 'trimspace':
    case 'tostring': {
      const value = text(0);
      if (value instanceof Unknown) return value;
      if (name === 'basename') return value.split('/').pop() ?? '';
      if (name === 'dirname') return value.includes('/') ? value.slice(0, value.lastIndexOf('/')) : '.';
      if (name === 'lower') return value.toLowerCase();
      if (name === 'upper') return value.toUpperCase();
      if (name === 'trimspace') return value.trim();
      return value;
    }
    case 'trimprefix':
    case 'trimsuffix': {
      const [value, affix] = [text(0), text(1)];
      if (value instanceof Unknown) return value;
      if (affix instanceof Unknown) return affix;
      if (name === 'trimprefix') return value.startsWith(affix) ? value.slice(affix.length) : value;
      return value.endsWith(affix) ? value.slice(0, value.length - affix.length) : value;
    }
    case 'join': {
      const separator = text(0);
      if (separator instanceof Unknown) return separator;
      const items = args.slice(1).flatMap((list) => (Array.isArray(list) ? list : [list]));
      const parts = items.map((item) => asString(item, place));
      const missing = parts.find((part): part is Unknown => part instanceof Unknown);
      return missing ?? (parts as string[]).join(separator);
    }
    case 'format': {
      const pattern = text(0);
      if (pattern instanceof Unknown) return pattern;
      let index = 1;
      let failed: Unknown | undefined;
      const result = pattern.replace(/%([%sdv])/g, (_whole, verb: string) => {
        if (verb === '%') return '%';
        const value = text(index++);
        if (value instanceof Unknown) failed ??= value;
        return value instanceof Unknown ? '' : value;
      });
      return failed ?? result;
    }
    case 'coalesce':
    case 'try': {
      for (const argument of args) {
        if (argument instanceof Unknown) continue;
        if (name === 'coalesce' && (argument === null || argument === '')) continue;
        return argument;
      }
      return firstUnknown ?? new Unknown(`${name}() of nothing`, place);
    }
    case 'lookup': {
      const [map, , fallback] = args;
      const keyText = text(1);
      if (map instanceof Unknown) return map;
      if (keyText instanceof Unknown) return keyText;
      if (map !== undefined && isRecord(map) && map[keyText] !== undefined) return map[keyText];
      return fallback ?? new Unknown(`lookup() found no "${keyText}"`, place);
    }
    case 'element': {
      const [list] = args;
      const index = Number(args[1]);
      if (Array.isArray(list) && Number.isInteger(index) && list.length > 0) return list[index % list.length]!;
      return firstUnknown ?? new Unknown('element() of a value that is not a list', place);
    }
    default:
      return new Unknown(`the function ${name}()`, place);
  }
}
