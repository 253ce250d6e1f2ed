#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9014);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9014:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * A problem with how the check was asked for (flags, configuration, globs),
 * as opposed to a problem found in the certificates. The CLI exits 2 on it.
 */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** A message for any thrown value; errors from other realms can fail `instanceof Error`. */
function describeError(error) {
    if (error && typeof error === 'object' && 'message' in error)
        return String(error.message);
    return String(error);
}

;// CONCATENATED MODULE: ./src/inventory/limits.ts
const DEFAULT_LIMITS = {
    maxFileSize: 5 * 1024 * 1024,
    maxTotalSize: 512 * 1024 * 1024,
    maxFiles: 50_000,
    maxObjectsPerFile: 10_000,
    maxPathSteps: 2_000,
};
/** The configuration file's names for the limits. */
const LIMIT_KEYS = {
    'max-file-size': 'maxFileSize',
    'max-total-size': 'maxTotalSize',
    'max-files': 'maxFiles',
    'max-objects-per-file': 'maxObjectsPerFile',
    'max-path-steps': 'maxPathSteps',
};

;// CONCATENATED MODULE: ./src/report/report.ts
/** The summary block: findings counted by severity, with the number of files and certificates read. */
function summarise(findings, files, certificates) {
    const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
    return { errors: count('error'), warnings: count('warning'), notices: count('notice'), files, certificates };
}
const FAIL_ON_VALUES = ['error', 'warning', 'never'];
/** Whether the report should fail the build under `failOn`. */
function failsOn(report, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return report.summary.errors + report.summary.warnings > 0;
    return report.summary.errors > 0;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/x509/der.ts
/**
 * A small strict DER reader: just enough to walk a certificate or a key.
 *
 * node:crypto parses certificates fast but, on Node 20, exposes neither the
 * signature algorithm nor basicConstraints, keyUsage or key identifiers; the
 * JavaScript ASN.1 libraries expose them but are ~10x slower and report
 * malformed input vaguely. Walking the few fields we need ourselves keeps the
 * hot path fast and lets a malformed block say exactly what is wrong.
 */
class DerError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at byte ${offset}`);
        this.offset = offset;
        this.name = 'DerError';
    }
}
const Tag = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    NULL: 0x05,
    OID: 0x06,
    UTF8_STRING: 0x0c,
    PRINTABLE_STRING: 0x13,
    T61_STRING: 0x14,
    IA5_STRING: 0x16,
    UTC_TIME: 0x17,
    GENERALIZED_TIME: 0x18,
    UNIVERSAL_STRING: 0x1c,
    BMP_STRING: 0x1e,
    SEQUENCE: 0x30,
    SET: 0x31,
};
/** Reads one TLV at `offset`; throws DerError on anything that is not strict DER. */
function readNode(source, offset = 0, limit = source.length) {
    if (offset >= limit)
        throw new DerError('unexpected end of data, expected a tag', offset);
    const tag = source[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new DerError('multi-byte tags are not used in certificates', offset);
    if (offset + 1 >= limit)
        throw new DerError('truncated: missing length', offset);
    let lengthByte = source[offset + 1];
    let contentStart = offset + 2;
    let length;
    if (lengthByte < 0x80) {
        length = lengthByte;
    }
    else {
        lengthByte &= 0x7f;
        if (lengthByte === 0)
            throw new DerError('indefinite length is not allowed in DER', offset);
        if (lengthByte > 4)
            throw new DerError(`length field of ${lengthByte} bytes is too large`, offset);
        if (contentStart + lengthByte > limit)
            throw new DerError('truncated: length field cut short', offset);
        length = 0;
        for (let i = 0; i < lengthByte; i++)
            length = length * 256 + source[contentStart + i];
        contentStart += lengthByte;
    }
    const end = contentStart + length;
    if (end > limit) {
        throw new DerError(`truncated: element declares ${length} bytes but only ${limit - contentStart} remain`, offset);
    }
    return { tag, start: offset, contentStart, end, source };
}
/**
 * The children of a constructed node, in order. Callers descend only the
 * fixed shape of a certificate, never recursively, so no input can nest deep.
 */
function children(node) {
    const result = [];
    let offset = node.contentStart;
    while (offset < node.end) {
        const child = readNode(node.source, offset, node.end);
        result.push(child);
        offset = child.end;
    }
    return result;
}
function expectTag(node, tag, what) {
    if (!node)
        throw new DerError(`missing ${what}`, 0);
    if (node.tag !== tag) {
        throw new DerError(`expected ${what} (tag 0x${tag.toString(16)}) but found tag 0x${node.tag.toString(16)}`, node.start);
    }
    return node;
}
function content(node) {
    return node.source.subarray(node.contentStart, node.end);
}
function whole(node) {
    return node.source.subarray(node.start, node.end);
}
function decodeOid(node) {
    const bytes = content(node);
    if (bytes.length === 0)
        throw new DerError('empty object identifier', node.start);
    const parts = [];
    let value = 0;
    for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        value = value * 128 + (byte & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER / 128)
            throw new DerError('object identifier arc too large', node.start);
        if ((byte & 0x80) === 0) {
            if (parts.length === 0) {
                const first = value < 80 ? Math.floor(value / 40) : 2;
                parts.push(first, value - first * 40);
            }
            else {
                parts.push(value);
            }
            value = 0;
        }
        else if (i === bytes.length - 1) {
            throw new DerError('object identifier ends mid-arc', node.start);
        }
    }
    return parts.join('.');
}
function decodeBoolean(node) {
    const bytes = content(node);
    if (bytes.length !== 1)
        throw new DerError('BOOLEAN must be one byte', node.start);
    return bytes[0] !== 0;
}
/** Small non-negative INTEGER (pathLenConstraint, version, saltLength). */
function decodeSmallInteger(node) {
    const bytes = content(node);
    if (bytes.length === 0 || bytes.length > 6)
        throw new DerError('INTEGER out of range', node.start);
    let value = 0;
    for (const byte of bytes)
        value = value * 256 + byte;
    if (bytes[0] & 0x80)
        value -= 2 ** (8 * bytes.length);
    return value;
}
/** Bit length of an unsigned big INTEGER (an RSA modulus). */
function integerBitLength(node) {
    const bytes = content(node);
    let i = 0;
    while (i < bytes.length && bytes[i] === 0)
        i++;
    if (i === bytes.length)
        return 0;
    return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}
function toHex(bytes, separator = '') {
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(separator);
}
/** The payload of a BIT STRING, which must have no unused bits. */
function bitStringBytes(node) {
    const bytes = content(node);
    if (bytes.length === 0)
        throw new DerError('empty BIT STRING', node.start);
    return bytes.subarray(1);
}
/** Named bits of a BIT STRING (keyUsage), bit 0 first. */
function bitStringFlags(node) {
    const bytes = content(node);
    if (bytes.length === 0)
        throw new DerError('empty BIT STRING', node.start);
    const unused = bytes[0];
    const flags = [];
    const total = (bytes.length - 1) * 8 - unused;
    for (let bit = 0; bit < total; bit++) {
        flags.push(((bytes[1 + (bit >> 3)] >> (7 - (bit & 7))) & 1) === 1);
    }
    return flags;
}
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');
/** Decodes the ASN.1 string types found in names; other tags are shown as hex. */
function decodeString(node) {
    const bytes = content(node);
    switch (node.tag) {
        case Tag.UTF8_STRING:
            return utf8.decode(bytes);
        case Tag.PRINTABLE_STRING:
        case Tag.IA5_STRING:
        case Tag.T61_STRING:
        case 0x1a: // VisibleString
            return latin1.decode(bytes);
        case Tag.BMP_STRING: {
            let out = '';
            for (let i = 0; i + 1 < bytes.length; i += 2)
                out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
            return out;
        }
        case Tag.UNIVERSAL_STRING: {
            let out = '';
            for (let i = 0; i + 3 < bytes.length; i += 4) {
                const cp = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
                out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
            }
            return out;
        }
        default:
            return `#${toHex(whole(node))}`;
    }
}
/** UTCTime / GeneralizedTime as used in certificate validity (always Zulu). */
function decodeTime(node) {
    const text = latin1.decode(content(node));
    let match;
    let year;
    if (node.tag === Tag.UTC_TIME) {
        match = text.match(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/);
        if (!match)
            throw new DerError(`bad UTCTime "${text}"`, node.start);
        const yy = Number(match[1]);
        year = yy >= 50 ? 1900 + yy : 2000 + yy;
    }
    else if (node.tag === Tag.GENERALIZED_TIME) {
        match = text.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/);
        if (!match)
            throw new DerError(`bad GeneralizedTime "${text}"`, node.start);
        year = Number(match[1]);
    }
    else {
        throw new DerError(`expected a time but found tag 0x${node.tag.toString(16)}`, node.start);
    }
    const [month, day, hour, minute, second] = match.slice(2, 7).map((part) => Number(part ?? 0));
    const ms = Date.UTC(year, month - 1, day, hour, minute, second);
    const date = new Date(ms);
    // Date.UTC rolls 31 February into March; a certificate time must name a real moment.
    if (Number.isNaN(ms) ||
        date.getUTCMonth() !== month - 1 ||
        date.getUTCDate() !== day ||
        hour > 23 ||
        minute > 59 ||
        second > 59) {
        throw new DerError(`bad time "${text}"`, node.start);
    }
    return date;
}

;// CONCATENATED MODULE: ./src/x509/algorithms.ts
/** Object identifiers for the algorithms that appear in certificates, and what they mean to a gateway. */
/** Hashes below SHA-256 strength, which API Gateway calls an "insecure Signature Algorithm". */
const WEAK_HASHES = new Set(['MD2', 'MD4', 'MD5', 'SHA-1', 'SHA-224', 'SHA-512/224']);
const SIGNATURES = {
    '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', family: 'RSA', hash: 'MD2' },
    '1.2.840.113549.1.1.3': { name: 'md4WithRSAEncryption', family: 'RSA', hash: 'MD4' },
    '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', family: 'RSA', hash: 'MD5' },
    '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', family: 'RSA', hash: 'SHA-1' },
    '1.3.14.3.2.29': { name: 'sha1WithRSASignature (OIW)', family: 'RSA', hash: 'SHA-1' },
    '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', family: 'RSA', hash: 'SHA-224' },
    '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', family: 'RSA', hash: 'SHA-256' },
    '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', family: 'RSA', hash: 'SHA-384' },
    '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', family: 'RSA', hash: 'SHA-512' },
    '1.2.840.113549.1.1.15': { name: 'sha512-224WithRSAEncryption', family: 'RSA', hash: 'SHA-512/224' },
    '1.2.840.113549.1.1.16': { name: 'sha512-256WithRSAEncryption', family: 'RSA', hash: 'SHA-512/256' },
    '2.16.840.1.101.3.4.3.14': { name: 'id-rsassa-pkcs1-v1_5-with-sha3-256', family: 'RSA', hash: 'SHA3-256' },
    '2.16.840.1.101.3.4.3.15': { name: 'id-rsassa-pkcs1-v1_5-with-sha3-384', family: 'RSA', hash: 'SHA3-384' },
    '2.16.840.1.101.3.4.3.16': { name: 'id-rsassa-pkcs1-v1_5-with-sha3-512', family: 'RSA', hash: 'SHA3-512' },
    '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', family: 'ECDSA', hash: 'SHA-1' },
    '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224', family: 'ECDSA', hash: 'SHA-224' },
    '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', family: 'ECDSA', hash: 'SHA-256' },
    '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', family: 'ECDSA', hash: 'SHA-384' },
    '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', family: 'ECDSA', hash: 'SHA-512' },
    '2.16.840.1.101.3.4.3.10': { name: 'id-ecdsa-with-sha3-256', family: 'ECDSA', hash: 'SHA3-256' },
    '2.16.840.1.101.3.4.3.11': { name: 'id-ecdsa-with-sha3-384', family: 'ECDSA', hash: 'SHA3-384' },
    '2.16.840.1.101.3.4.3.12': { name: 'id-ecdsa-with-sha3-512', family: 'ECDSA', hash: 'SHA3-512' },
    '1.2.840.10040.4.3': { name: 'dsa-with-SHA1', family: 'DSA', hash: 'SHA-1' },
    '2.16.840.1.101.3.4.3.1': { name: 'dsa-with-SHA224', family: 'DSA', hash: 'SHA-224' },
    '2.16.840.1.101.3.4.3.2': { name: 'dsa-with-SHA256', family: 'DSA', hash: 'SHA-256' },
    '1.3.101.112': { name: 'Ed25519', family: 'Ed25519' },
    '1.3.101.113': { name: 'Ed448', family: 'Ed448' },
};
const RSASSA_PSS_OID = '1.2.840.113549.1.1.10';
const HASH_OIDS = {
    '1.2.840.113549.2.2': 'MD2',
    '1.2.840.113549.2.4': 'MD4',
    '1.2.840.113549.2.5': 'MD5',
    '1.3.14.3.2.26': 'SHA-1',
    '2.16.840.1.101.3.4.2.4': 'SHA-224',
    '2.16.840.1.101.3.4.2.1': 'SHA-256',
    '2.16.840.1.101.3.4.2.2': 'SHA-384',
    '2.16.840.1.101.3.4.2.3': 'SHA-512',
    '2.16.840.1.101.3.4.2.5': 'SHA-512/224',
    '2.16.840.1.101.3.4.2.6': 'SHA-512/256',
    '2.16.840.1.101.3.4.2.8': 'SHA3-256',
    '2.16.840.1.101.3.4.2.9': 'SHA3-384',
    '2.16.840.1.101.3.4.2.10': 'SHA3-512',
};
function describeSignatureAlgorithm(oid, pssHash) {
    if (oid === RSASSA_PSS_OID) {
        // RFC 4055: an absent hashAlgorithm in the PSS parameters means SHA-1.
        const hash = pssHash ?? 'SHA-1';
        return { oid, name: `RSASSA-PSS (${hash})`, family: 'RSA-PSS', hash };
    }
    const known = SIGNATURES[oid];
    if (known)
        return { oid, ...known };
    if (oid.startsWith('1.2.643.'))
        return { oid, name: `GOST (${oid})`, family: 'other' };
    return { oid, name: `unknown (${oid})`, family: 'other' };
}
const KEY_ALGORITHM_OIDS = {
    '1.2.840.113549.1.1.1': 'RSA',
    '1.2.840.113549.1.1.10': 'RSA-PSS',
    '1.2.840.10045.2.1': 'EC',
    '1.2.840.10040.4.1': 'DSA',
    '1.3.101.112': 'Ed25519',
    '1.3.101.113': 'Ed448',
    '1.3.101.110': 'X25519',
    '1.3.101.111': 'X448',
};
const CURVES = {
    '1.2.840.10045.3.1.1': { name: 'P-192', bits: 192 },
    '1.3.132.0.33': { name: 'P-224', bits: 224 },
    '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
    '1.3.132.0.34': { name: 'P-384', bits: 384 },
    '1.3.132.0.35': { name: 'P-521', bits: 521 },
    '1.3.132.0.10': { name: 'secp256k1', bits: 256 },
    '1.3.132.0.31': { name: 'secp192k1', bits: 192 },
    '1.3.132.0.32': { name: 'secp224k1', bits: 224 },
    '1.3.132.0.8': { name: 'secp160r1', bits: 160 },
    '1.3.132.0.9': { name: 'secp160k1', bits: 160 },
    '1.3.132.0.30': { name: 'secp160r2', bits: 160 },
    '1.3.132.0.6': { name: 'secp112r1', bits: 112 },
    '1.3.132.0.28': { name: 'secp128r1', bits: 128 },
    '1.3.36.3.3.2.8.1.1.1': { name: 'brainpoolP160r1', bits: 160 },
    '1.3.36.3.3.2.8.1.1.3': { name: 'brainpoolP192r1', bits: 192 },
    '1.3.36.3.3.2.8.1.1.5': { name: 'brainpoolP224r1', bits: 224 },
    '1.3.36.3.3.2.8.1.1.7': { name: 'brainpoolP256r1', bits: 256 },
    '1.3.36.3.3.2.8.1.1.9': { name: 'brainpoolP320r1', bits: 320 },
    '1.3.36.3.3.2.8.1.1.11': { name: 'brainpoolP384r1', bits: 384 },
    '1.3.36.3.3.2.8.1.1.13': { name: 'brainpoolP512r1', bits: 512 },
    '1.3.132.0.1': { name: 'sect163k1', bits: 163 },
    '1.3.132.0.15': { name: 'sect163r2', bits: 163 },
    '1.3.132.0.26': { name: 'sect233k1', bits: 233 },
    '1.3.132.0.27': { name: 'sect233r1', bits: 233 },
    '1.3.132.0.16': { name: 'sect283k1', bits: 283 },
    '1.3.132.0.17': { name: 'sect283r1', bits: 283 },
    '1.3.132.0.36': { name: 'sect409k1', bits: 409 },
    '1.3.132.0.37': { name: 'sect409r1', bits: 409 },
    '1.3.132.0.38': { name: 'sect571k1', bits: 571 },
    '1.3.132.0.39': { name: 'sect571r1', bits: 571 },
    '1.2.156.10197.1.301': { name: 'SM2', bits: 256 },
};
const EXTENDED_KEY_USAGES = {
    '1.3.6.1.5.5.7.3.1': 'serverAuth',
    '1.3.6.1.5.5.7.3.2': 'clientAuth',
    '1.3.6.1.5.5.7.3.3': 'codeSigning',
    '1.3.6.1.5.5.7.3.4': 'emailProtection',
    '1.3.6.1.5.5.7.3.8': 'timeStamping',
    '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
    '2.5.29.37.0': 'anyExtendedKeyUsage',
};
const KEY_USAGE_NAMES = [
    'digitalSignature',
    'nonRepudiation',
    'keyEncipherment',
    'dataEncipherment',
    'keyAgreement',
    'keyCertSign',
    'cRLSign',
    'encipherOnly',
    'decipherOnly',
];

;// CONCATENATED MODULE: ./src/x509/names.ts

const SHORT_NAMES = {
    '2.5.4.3': 'CN',
    '2.5.4.4': 'SN',
    '2.5.4.5': 'serialNumber',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.9': 'street',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '2.5.4.12': 'title',
    '2.5.4.42': 'GN',
    '2.5.4.46': 'dnQualifier',
    '2.5.4.97': 'organizationIdentifier',
    '0.9.2342.19200300.100.1.25': 'DC',
    '0.9.2342.19200300.100.1.1': 'UID',
    '1.2.840.113549.1.9.1': 'emailAddress',
};
const STRING_TAGS = new Set([
    Tag.UTF8_STRING,
    Tag.PRINTABLE_STRING,
    Tag.IA5_STRING,
    Tag.T61_STRING,
    Tag.BMP_STRING,
    Tag.UNIVERSAL_STRING,
    0x1a,
]);
/** Whether `name` lies in the subtree rooted at `base` (RFC 5280 §4.2.1.10 directoryName). */
function isWithinSubtree(name, base) {
    return base.rdns.length <= name.rdns.length && base.rdns.every((rdn, index) => rdn === name.rdns[index]);
}
function escapeValue(value) {
    // RFC 4514 escapes; control characters as \0A so a subject cannot forge extra lines in any output.
    return (value
        .replace(/[\\,+=<>#;"]/g, (c) => `\\${c}`)
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`));
}
function canonicalValue(node) {
    if (!STRING_TAGS.has(node.tag))
        return `#${toHex(whole(node))}`;
    return decodeString(node).trim().replace(/\s+/g, ' ').toLowerCase();
}
function parseName(node) {
    expectTag(node, Tag.SEQUENCE, 'Name');
    const textParts = [];
    const keyParts = [];
    for (const rdn of children(node)) {
        expectTag(rdn, Tag.SET, 'RelativeDistinguishedName');
        const attributes = children(rdn).map((attribute) => {
            const [typeNode, valueNode] = children(expectTag(attribute, Tag.SEQUENCE, 'AttributeTypeAndValue'));
            const oid = decodeOid(expectTag(typeNode, Tag.OID, 'attribute type'));
            if (!valueNode)
                throw new Error(`attribute ${oid} has no value`);
            const label = SHORT_NAMES[oid] ?? oid;
            const display = STRING_TAGS.has(valueNode.tag) ? decodeString(valueNode) : `#${toHex(whole(valueNode))}`;
            return { text: `${label}=${escapeValue(display)}`, key: [oid, canonicalValue(valueNode)] };
        });
        textParts.push(attributes.map((a) => a.text).join(' + '));
        keyParts.push(attributes.map((a) => JSON.stringify(a.key)).sort());
    }
    const rdns = keyParts.map((rdn) => JSON.stringify(rdn));
    return { text: textParts.join(', '), key: JSON.stringify(keyParts), rdns, isEmpty: textParts.length === 0 };
}

;// CONCATENATED MODULE: ./src/x509/certificate.ts




/**
 * Critical extensions OpenSSL knows how to process (X509_supported_extension);
 * any other critical extension makes it reject the certificate, and so do we.
 */
const HANDLED_CRITICAL_EXTENSIONS = new Set([
    '2.16.840.1.113730.1.1', // netscape-cert-type
    '2.5.29.15', // keyUsage
    '2.5.29.17', // subjectAltName
    '2.5.29.19', // basicConstraints
    '2.5.29.32', // certificatePolicies
    '2.5.29.31', // cRLDistributionPoints
    '2.5.29.37', // extKeyUsage
    '1.3.6.1.5.5.7.1.7', // sbgp-ipAddrBlock
    '1.3.6.1.5.5.7.1.8', // sbgp-autonomousSysNum
    '1.3.6.1.5.5.7.48.1.5', // OCSP noCheck
    '2.5.29.36', // policyConstraints
    '1.3.6.1.5.5.7.1.14', // proxyCertInfo
    '2.5.29.30', // nameConstraints
    '2.5.29.33', // policyMappings
    '2.5.29.54', // inhibitAnyPolicy
]);
function sha256Hex(bytes) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex').toUpperCase();
}
function parseAlgorithmIdentifier(node, what) {
    const [oidNode, parameters] = children(expectTag(node, Tag.SEQUENCE, what));
    return { oid: decodeOid(expectTag(oidNode, Tag.OID, `${what} OID`)), parameters };
}
/** RFC 4055 RSASSA-PSS-params: hashAlgorithm [0] (SHA-1), maskGenAlgorithm [1] (MGF1 with SHA-1), saltLength [2] (20). */
function parsePssParameters(parameters) {
    const result = { hashOid: '1.3.14.3.2.26', mgf1HashOid: '1.3.14.3.2.26', saltLength: 20 };
    if (!parameters || parameters.tag !== Tag.SEQUENCE)
        return result;
    for (const field of children(parameters)) {
        const inner = children(field)[0];
        if (field.tag === 0xa0)
            result.hashOid = parseAlgorithmIdentifier(inner, 'PSS hash algorithm').oid;
        else if (field.tag === 0xa1) {
            const mgf = parseAlgorithmIdentifier(inner, 'PSS mask generation');
            result.mgf1HashOid = parseAlgorithmIdentifier(mgf.parameters, 'MGF1 hash').oid;
        }
        else if (field.tag === 0xa2)
            result.saltLength = decodeSmallInteger(expectTag(inner, Tag.INTEGER, 'PSS saltLength'));
    }
    return result;
}
function parseSignatureAlgorithm(node, what) {
    const { oid, parameters } = parseAlgorithmIdentifier(node, what);
    if (oid !== RSASSA_PSS_OID)
        return describeSignatureAlgorithm(oid);
    const { hashOid, mgf1HashOid, saltLength } = parsePssParameters(parameters);
    const hash = HASH_OIDS[hashOid];
    const pss = { hash: HASH_OIDS[hashOid] ?? hashOid, mgf1Hash: HASH_OIDS[mgf1HashOid] ?? mgf1HashOid, saltLength };
    if (!hash)
        return { oid, name: `RSASSA-PSS (unknown hash ${hashOid})`, family: 'RSA-PSS', pss };
    return { ...describeSignatureAlgorithm(oid, hash), pss };
}
function parsePublicKey(spki) {
    const [algorithm, keyBits] = children(expectTag(spki, Tag.SEQUENCE, 'SubjectPublicKeyInfo'));
    const { oid, parameters } = parseAlgorithmIdentifier(algorithm, 'public key algorithm');
    const keyBytes = bitStringBytes(expectTag(keyBits, Tag.BIT_STRING, 'subjectPublicKey'));
    const info = {
        type: KEY_ALGORITHM_OIDS[oid] ?? (oid.startsWith('1.2.643.') ? 'GOST' : 'unknown'),
        algorithmOid: oid,
        sha256: sha256Hex(whole(spki)),
    };
    if (info.type === 'RSA' || info.type === 'RSA-PSS') {
        const rsaKey = readNode(keyBytes);
        const [modulus] = children(expectTag(rsaKey, Tag.SEQUENCE, 'RSAPublicKey'));
        info.bits = integerBitLength(expectTag(modulus, Tag.INTEGER, 'RSA modulus'));
    }
    else if (info.type === 'EC') {
        if (parameters?.tag === Tag.OID) {
            const curveOid = decodeOid(parameters);
            const curve = CURVES[curveOid];
            info.curve = curve?.name ?? curveOid;
            if (curve)
                info.bits = curve.bits;
        }
        else {
            info.explicitCurve = true;
        }
    }
    return info;
}
/** The directoryName ([4], explicit Name) entries of a GeneralNames-like list. */
function directoryNames(nodes) {
    return nodes
        .filter((name) => name.tag === 0xa4)
        .map((name) => parseName(expectTag(children(name)[0], Tag.SEQUENCE, 'directoryName')));
}
function parseExtensions(node) {
    const result = { unknownCriticalExtensions: [] };
    if (!node)
        return result;
    const seen = new Set();
    for (const extension of children(expectTag(children(node)[0], Tag.SEQUENCE, 'Extensions'))) {
        const fields = children(expectTag(extension, Tag.SEQUENCE, 'Extension'));
        const oid = decodeOid(expectTag(fields[0], Tag.OID, 'extension OID'));
        const critical = fields[1]?.tag === Tag.BOOLEAN ? decodeBoolean(fields[1]) : false;
        const valueNode = expectTag(fields[fields.length - 1], Tag.OCTET_STRING, `extension ${oid} value`);
        // RFC 5280 §4.2 allows one instance of each extension; OpenSSL refuses certificates with more.
        if (seen.has(oid))
            throw new DerError(`extension ${oid} appears twice`, extension.start);
        seen.add(oid);
        if (critical && !HANDLED_CRITICAL_EXTENSIONS.has(oid))
            result.unknownCriticalExtensions.push(oid);
        // Only the extensions read below are decoded: an unknown one may hold anything.
        const value = () => readNode(content(valueNode));
        switch (oid) {
            case '2.5.29.19': {
                const [first, second] = children(expectTag(value(), Tag.SEQUENCE, 'basicConstraints'));
                const ca = first?.tag === Tag.BOOLEAN ? decodeBoolean(first) : false;
                const pathNode = first?.tag === Tag.INTEGER ? first : second;
                result.basicConstraints = { ca, critical, ...(pathNode ? { pathLen: decodeSmallInteger(pathNode) } : {}) };
                break;
            }
            case '2.5.29.15': {
                const flags = bitStringFlags(expectTag(value(), Tag.BIT_STRING, 'keyUsage'));
                result.keyUsage = KEY_USAGE_NAMES.filter((_, bit) => flags[bit]);
                break;
            }
            case '2.5.29.37':
                result.extendedKeyUsage = children(expectTag(value(), Tag.SEQUENCE, 'extKeyUsage')).map((purpose) => {
                    const purposeOid = decodeOid(expectTag(purpose, Tag.OID, 'key purpose'));
                    return EXTENDED_KEY_USAGES[purposeOid] ?? purposeOid;
                });
                break;
            case '2.5.29.14':
                result.subjectKeyId = toHex(content(expectTag(value(), Tag.OCTET_STRING, 'subjectKeyIdentifier')));
                break;
            case '2.5.29.17':
                result.subjectAltDirectoryNames = directoryNames(children(expectTag(value(), Tag.SEQUENCE, 'subjectAltName')));
                break;
            case '2.5.29.30': {
                const constraints = { permitted: [], excluded: [] };
                for (const subtrees of children(expectTag(value(), Tag.SEQUENCE, 'nameConstraints'))) {
                    const bases = children(subtrees).map((subtree) => children(expectTag(subtree, Tag.SEQUENCE, 'GeneralSubtree'))[0]);
                    if (subtrees.tag === 0xa0)
                        constraints.permitted.push(...directoryNames(bases));
                    else if (subtrees.tag === 0xa1)
                        constraints.excluded.push(...directoryNames(bases));
                }
                result.nameConstraints = constraints;
                break;
            }
            case '2.5.29.35': {
                for (const field of children(expectTag(value(), Tag.SEQUENCE, 'authorityKeyIdentifier'))) {
                    if (field.tag === 0x80)
                        result.authorityKeyId = toHex(content(field));
                    else if (field.tag === 0x82)
                        result.authorityCertSerialNumber = toHex(content(field));
                    else if (field.tag === 0xa1) {
                        // GeneralNames: only directoryName ([4], explicit Name) can name an issuer certificate's issuer.
                        result.authorityCertIssuers = directoryNames(children(field)).map((name) => name.key);
                    }
                }
                break;
            }
        }
    }
    return result;
}
/** DER INTEGERs are minimal: OpenSSL refuses padding (a leading 00 before a byte below 80, or FF before one above). */
function expectMinimalInteger(node) {
    const bytes = content(node);
    if (bytes.length === 0)
        throw new DerError('empty INTEGER', node.start);
    if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1] < 0x80) || (bytes[0] === 0xff && bytes[1] >= 0x80))) {
        throw new DerError('INTEGER is not minimally encoded', node.start);
    }
    return node;
}
/**
 * Parses one DER certificate. Throws DerError with a message fit for a
 * finding when the bytes are not a well-formed certificate. OpenSSL does not
 * parse it here (that was half the cost of a check); the fuzz tests hold this
 * reader to refusing what OpenSSL refuses.
 * `allowTrailing` accepts bytes after the certificate (OpenSSL's TRUSTED CERTIFICATE).
 */
function parseCertificate(der, allowTrailing = false) {
    const outer = readNode(der);
    if (outer.tag !== Tag.SEQUENCE)
        throw new DerError('not a certificate: does not start with a SEQUENCE', 0);
    if (!allowTrailing && outer.end !== der.length) {
        throw new DerError(`trailing data: ${der.length - outer.end} bytes after the certificate`, outer.end);
    }
    const certDer = whole(outer);
    const [tbs, outerAlgorithm, signatureValue] = children(outer);
    expectTag(tbs, Tag.SEQUENCE, 'TBSCertificate');
    expectTag(signatureValue, Tag.BIT_STRING, 'signatureValue');
    const { pss, ...signatureAlgorithm } = parseSignatureAlgorithm(outerAlgorithm, 'signatureAlgorithm');
    const fields = children(tbs);
    let index = 0;
    let version = 1;
    if (fields[0]?.tag === 0xa0) {
        version = decodeSmallInteger(expectTag(children(fields[0])[0], Tag.INTEGER, 'version')) + 1;
        index = 1;
    }
    const serial = expectMinimalInteger(expectTag(fields[index++], Tag.INTEGER, 'serialNumber'));
    const innerAlgorithmNode = fields[index++];
    const innerAlgorithm = parseSignatureAlgorithm(innerAlgorithmNode, 'TBS signature');
    const issuer = parseName(expectTag(fields[index++], Tag.SEQUENCE, 'issuer'));
    const [notBeforeNode, notAfterNode] = children(expectTag(fields[index++], Tag.SEQUENCE, 'validity'));
    if (!notBeforeNode || !notAfterNode)
        throw new DerError('validity needs notBefore and notAfter', 0);
    const subject = parseName(expectTag(fields[index++], Tag.SEQUENCE, 'subject'));
    const spkiNode = expectTag(fields[index++], Tag.SEQUENCE, 'subjectPublicKeyInfo');
    const publicKey = parsePublicKey(spkiNode);
    const extensions = parseExtensions(fields.slice(index).find((field) => field.tag === 0xa3));
    return {
        der: certDer,
        sha256: sha256Hex(certDer),
        version,
        serialNumber: toHex(content(serial)),
        subject,
        issuer,
        notBefore: decodeTime(notBeforeNode),
        notAfter: decodeTime(notAfterNode),
        publicKey,
        signatureAlgorithm,
        signatureAlgorithmsMatch: innerAlgorithmNode !== undefined &&
            outerAlgorithm !== undefined &&
            Buffer.compare(whole(innerAlgorithmNode), whole(outerAlgorithm)) === 0 &&
            innerAlgorithm.oid === signatureAlgorithm.oid,
        ...extensions,
        selfIssued: subject.key === issuer.key,
        tbs: whole(tbs),
        signature: bitStringBytes(signatureValue),
        spki: whole(spkiNode),
        ...(pss ? { pss } : {}),
    };
}
/** Colon-separated form, as `openssl x509 -fingerprint` prints it. */
function formatFingerprint(sha256) {
    return sha256.match(/../g)?.join(':') ?? sha256;
}
function isCertificateAuthority(certificate) {
    return certificate.basicConstraints?.ca === true;
}

;// CONCATENATED MODULE: ./src/rules/rule.ts

const SEVERITIES = ['error', 'warning', 'notice'];
const PROFILES = ['aws-api-gateway'];
const INTERNAL_ERROR_RULE_ID = 'internal-error';
function internalError(file, line, endLine, what, error) {
    return {
        ruleId: INTERNAL_ERROR_RULE_ID,
        message: `Internal error while ${what}: ${describeError(error)}. The other checks still ran; please report this with the file.`,
        file,
        line,
        endLine,
    };
}
/** How a certificate is referred to in messages. */
function describeRole(file, object) {
    if (file.role === 'truststore')
        return 'truststore certificate';
    const first = file.objects.find((candidate) => candidate.kind === 'certificate');
    return first === object ? 'client certificate' : 'intermediate sent by the client';
}
/**
 * Runs `check` on every certificate of the chosen files. A throw from one
 * certificate becomes an internal-error finding on it; the rest still run.
 */
function* eachCertificate(context, check, roles = ['truststore', 'client']) {
    for (const file of context.inventory.files) {
        if (!roles.includes(file.role))
            continue;
        for (const object of file.objects) {
            if (object.kind !== 'certificate')
                continue;
            const at = (message) => ({
                message,
                file: file.path,
                line: object.line,
                endLine: object.endLine,
                certificate: object.certificate,
            });
            try {
                const result = check({ file, object, certificate: object.certificate, at });
                if (result === undefined)
                    continue;
                if ('message' in result)
                    yield result;
                else
                    yield* result;
            }
            catch (error) {
                yield internalError(file.path, object.line, object.endLine, `checking ${object.certificate.subject.text}`, error);
            }
        }
    }
}
/** Names in messages are cut here: a subject of thousands of RDNs must not become a 60 KB message. */
const MAX_NAME_IN_MESSAGE = 200;
function shorten(text, limit = MAX_NAME_IN_MESSAGE) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
/** `CN=Example Root` in messages, or a placeholder for the empty name. */
function nameOf(certificate) {
    return certificate.subject.isEmpty ? '(empty subject)' : shorten(certificate.subject.text);
}

;// CONCATENATED MODULE: ./src/rules/chain-rule.ts


/**
 * Findings for one kind of chain problem, placed on the client's leaf
 * certificate (the block a reviewer must act on).
 */
function* eachChainProblem(context, kinds, describe) {
    for (const chain of context.chains.clients) {
        for (const problem of chain.result.problems) {
            if (!kinds.includes(problem.kind))
                continue;
            const { file, leaf } = chain;
            try {
                const message = describe(problem, chain);
                if (message !== undefined)
                    yield { message, file: file.path, line: leaf.line, endLine: leaf.endLine, certificate: leaf.certificate };
            }
            catch (error) {
                yield internalError(file.path, leaf.line, leaf.endLine, 'describing a chain problem', error);
            }
        }
    }
}
/** `CN=Issuing CA (key id 1a:2b...)`: how a missing issuer is named. */
function issuerOf(certificate) {
    const name = certificate.issuer.isEmpty ? '(empty issuer name)' : shorten(certificate.issuer.text);
    return certificate.authorityKeyId
        ? `${name} (key identifier ${formatFingerprint(certificate.authorityKeyId.toUpperCase())})`
        : name;
}
/** `CN=Leaf -> CN=Issuing CA -> CN=Root`. */
function describePath(path) {
    return path.map(nameOf).join(' → ');
}
function leafClause(chain) {
    return `The client certificate ${nameOf(chain.leaf.certificate)}`;
}

;// CONCATENATED MODULE: ./src/time.ts
const DAY_MS = 24 * 60 * 60 * 1000;
/** `2027-03-01 12:00:00 UTC`: unambiguous in every report. */
function formatDate(date) {
    return `${date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d{3}Z$/, '')} UTC`;
}

;// CONCATENATED MODULE: ./src/x509/validity.ts
/**
 * RFC 5280 §4.1.2.5: valid from notBefore through notAfter inclusive. Times
 * in certificates have one-second resolution, so the check time is taken to
 * the second too (a moment inside the notAfter second is still valid).
 */
function validityAt(certificate, at) {
    const second = Math.floor(at.getTime() / 1000) * 1000;
    if (second > certificate.notAfter.getTime())
        return 'expired';
    if (second < certificate.notBefore.getTime())
        return 'not-yet-valid';
    return 'valid';
}

;// CONCATENATED MODULE: ./src/rules/definitions/certificate-expired.ts




const certificateExpired = {
    id: 'certificate-expired',
    defaultSeverity: 'error',
    title: 'Certificate has expired',
    description: "The check time is after the certificate's notAfter. Clients presenting it, or whose chain goes through it, are refused.",
    citation: 'API Gateway Developer Guide, "Configuring mutual TLS authentication": on each request the validity period must be current.',
    remedy: 'Renew the certificate and replace it. Confirm with `openssl x509 -noout -enddate -in FILE`.',
    consequence: 'Clients presenting it, or whose chain goes through it, get 403 Forbidden.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachCertificate(context, ({ file, object, certificate, at }) => {
            if (validityAt(certificate, context.at) !== 'expired')
                return undefined;
            return at(`The ${describeRole(file, object)} ${nameOf(certificate)} expired on ${formatDate(certificate.notAfter)}.`);
        });
        // A certificate on the client's path is reported on the client too: that is where the 403 shows up.
        yield* eachChainProblem(context, ['expired'], (problem, chain) => {
            if (problem.certificate === chain.leaf.certificate)
                return undefined;
            const when = `${nameOf(problem.certificate)}, which expired on ${formatDate(problem.certificate.notAfter)}`;
            return `${leafClause(chain)} would be refused: its chain (${describePath(chain.result.path)}) goes through ${when}.`;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/certificate-expiring-soon.ts


const certificateExpiringSoon = {
    id: 'certificate-expiring-soon',
    defaultSeverity: 'warning',
    title: 'Certificate expires soon',
    description: 'The certificate expires within the warning window (30 days unless `--expiry-warning-days` says otherwise). API Gateway does not warn about expiring truststore certificates.',
    citation: 'API Gateway Developer Guide: warnings are produced only when the domain name is updated; API Gateway does not tell you later when a certificate in the truststore expires.',
    remedy: 'Renew the certificate before it expires; a scheduled run of this check keeps watch.',
    consequence: 'Nothing yet; from the expiry date on, clients get 403 Forbidden, and API Gateway will not warn you first.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        const horizon = context.at.getTime() + context.expiryWarningDays * DAY_MS;
        yield* eachCertificate(context, ({ file, object, certificate, at }) => {
            const notAfter = certificate.notAfter.getTime();
            if (notAfter < context.at.getTime() || notAfter >= horizon)
                return undefined;
            const days = Math.floor((notAfter - context.at.getTime()) / DAY_MS);
            const when = days === 0 ? 'in less than a day' : `in ${days} day${days === 1 ? '' : 's'}`;
            return at(`The ${describeRole(file, object)} ${nameOf(certificate)} expires ${when}, on ${formatDate(certificate.notAfter)}.`);
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/certificate-not-yet-valid.ts




const certificateNotYetValid = {
    id: 'certificate-not-yet-valid',
    defaultSeverity: 'error',
    title: 'Certificate is not valid yet',
    description: "The check time is before the certificate's notBefore (often a clock or time-zone mistake when it was issued).",
    citation: 'API Gateway Developer Guide, "Configuring mutual TLS authentication": on each request the validity period must be current.',
    remedy: 'Wait until it becomes valid or re-issue it with a correct notBefore. Confirm with `openssl x509 -noout -startdate -in FILE`.',
    consequence: 'Clients presenting it, or whose chain goes through it, get 403 Forbidden until it becomes valid.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachCertificate(context, ({ file, object, certificate, at }) => {
            if (validityAt(certificate, context.at) !== 'not-yet-valid')
                return undefined;
            return at(`The ${describeRole(file, object)} ${nameOf(certificate)} is not valid until ${formatDate(certificate.notBefore)}.`);
        });
        // A certificate on the client's path is reported on the client too: that is where the 403 shows up.
        yield* eachChainProblem(context, ['not-yet-valid'], (problem, chain) => {
            if (problem.certificate === chain.leaf.certificate)
                return undefined;
            const when = `${nameOf(problem.certificate)}, which is not valid until ${formatDate(problem.certificate.notBefore)}`;
            return `${leafClause(chain)} would be refused: its chain (${describePath(chain.result.path)}) goes through ${when}.`;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/chain-signature-invalid.ts


const chainSignatureInvalid = {
    id: 'chain-signature-invalid',
    defaultSeverity: 'error',
    title: 'Signature on the chain does not verify',
    description: "A certificate names an issuer that exists, but the issuer's key does not verify its signature: the certificate was altered, or it was issued by another CA with the same name.",
    citation: 'API Gateway Developer Guide: on each request the integrity of the certificate is validated (content not altered: signatures verify).',
    remedy: 'Re-issue the certificate from the CA in the truststore, or put the CA that really issued it in the truststore. Confirm with `openssl verify -CAfile truststore.pem client.pem` ("certificate signature failure").',
    consequence: 'The client gets 403 Forbidden: the certificate fails the integrity check.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachChainProblem(context, ['signature-invalid'], (problem, chain) => {
            const which = problem.certificate === chain.leaf.certificate
                ? 'Its signature'
                : `The signature on ${nameOf(problem.certificate)} on its path`;
            return `${leafClause(chain)} would be refused: ${which} does not verify with the key of ${nameOf(problem.issuer)}, the certificate with the issuer's name. The certificate was altered or comes from another CA with the same name.`;
        });
    },
};

;// CONCATENATED MODULE: ./src/chain/path-builder.ts


/** API Gateway: "Certificates can have a maximum chain length of four." */
const MAX_CHAIN_LENGTH = 4;
/** Paths are never built deeper than this, whatever the input. */
const MAX_SEARCH_DEPTH = 16;
/** Path-building steps (certificates visited and issuer candidates tried) per leaf before giving up (limits.max-path-steps). */
const MAX_SEARCH_STEPS = 2000;
/**
 * Whether a certificate may sign certificates, as OpenSSL decides it without
 * strict flags: keyUsage (when present) must allow keyCertSign; basicConstraints
 * (when present) must say cA; without basicConstraints only a v1 self-signed
 * root or a certificate whose keyUsage names keyCertSign qualifies.
 */
function canIssueCertificates(certificate) {
    if (certificate.keyUsage && !certificate.keyUsage.includes('keyCertSign'))
        return false;
    if (certificate.basicConstraints)
        return certificate.basicConstraints.ca;
    if (certificate.version === 1 && certificate.selfIssued)
        return true;
    return certificate.keyUsage !== undefined;
}
/**
 * The authorityKeyIdentifier of `subject` does not rule `issuer` out, as
 * OpenSSL's X509_check_akid decides it: key identifier, issuer name and serial
 * must each match where both sides have them. A mismatch is not a candidate.
 */
function authorityKeyMatches(subject, issuer) {
    if (subject.authorityKeyId && issuer.subjectKeyId && subject.authorityKeyId !== issuer.subjectKeyId)
        return false;
    if (subject.authorityCertSerialNumber && subject.authorityCertSerialNumber !== issuer.serialNumber)
        return false;
    if (subject.authorityCertIssuers && !subject.authorityCertIssuers.includes(issuer.issuer.key))
        return false;
    return true;
}
/** A trust anchor: self-issued (and not ruled out by its own key identifiers) and in the truststore. */
function isAnchor(certificate, truststore) {
    return certificate.selfIssued && authorityKeyMatches(certificate, certificate) && truststore.contains(certificate);
}
function ownProblems(certificate, at) {
    const problems = [];
    const validity = validityAt(certificate, at);
    if (validity !== 'valid')
        problems.push({ kind: validity, certificate });
    // OpenSSL 3 refuses any certificate on the path whose EC key has explicit parameters (verify error 94).
    if (certificate.publicKey.explicitCurve)
        problems.push({ kind: 'explicit-ec-parameters', certificate });
    if (certificate.unknownCriticalExtensions.length > 0) {
        problems.push({ kind: 'unhandled-critical-extension', certificate, oids: certificate.unknownCriticalExtensions });
    }
    return problems;
}
/**
 * directoryName constraints of every CA on a complete path (leaf first),
 * applied to the subject and directoryName alternative names of each
 * certificate below it; self-issued intermediates are exempt (RFC 5280 §6.1.3).
 */
function nameConstraintProblems(path) {
    const problems = [];
    for (let i = 1; i < path.length; i++) {
        const constrainedBy = path[i];
        const constraints = constrainedBy.nameConstraints;
        if (!constraints || (constraints.permitted.length === 0 && constraints.excluded.length === 0))
            continue;
        for (let j = 0; j < i; j++) {
            const certificate = path[j];
            if (j > 0 && certificate.selfIssued)
                continue;
            const names = [
                ...(certificate.subject.isEmpty ? [] : [certificate.subject]),
                ...(certificate.subjectAltDirectoryNames ?? []),
            ];
            for (const name of names) {
                if (constraints.excluded.some((base) => isWithinSubtree(name, base))) {
                    problems.push({ kind: 'name-constraints-violated', certificate, constrainedBy, name, excluded: true });
                }
                else if (constraints.permitted.length > 0 &&
                    !constraints.permitted.some((base) => isWithinSubtree(name, base))) {
                    problems.push({ kind: 'name-constraints-violated', certificate, constrainedBy, name, excluded: false });
                }
            }
        }
    }
    return problems;
}
const EDGE_PRIORITY = {
    'signature-invalid': 3,
    'issuer-not-ca': 2,
    'path-length-exceeded': 2,
    'issuer-not-found': 1,
};
/** Which failed attempt explains the failure best: complete paths first, then the one that got furthest. */
function better(a, b) {
    if (a.complete !== b.complete)
        return a.complete;
    if (a.complete)
        return (a.problems.length < b.problems.length ||
            (a.problems.length === b.problems.length && a.path.length < b.path.length));
    if (a.path.length !== b.path.length)
        return a.path.length > b.path.length;
    return (EDGE_PRIORITY[a.problems[0].kind] ?? 0) > (EDGE_PRIORITY[b.problems[0].kind] ?? 0);
}
/**
 * Depth-first path building with backtracking from the leaf to a self-signed
 * certificate in the truststore. Every candidate issuer whose subject matches
 * and whose key identifier does not contradict is tried, so re-keyed and cross-signed
 * CAs with the same name are handled; each edge is checked for signature,
 * CA status and pathLenConstraint; validity and unknown critical extensions
 * make a path invalid without stopping the search for a better one.
 */
function buildPath(request) {
    const { truststore, verifier, at } = request;
    const maxSteps = request.maxSteps ?? MAX_SEARCH_STEPS;
    let steps = 0;
    let best;
    const record = (attempt) => {
        if (!best || better(attempt, best))
            best = attempt;
    };
    const issuersOf = (certificate, path) => {
        const seen = new Set(path.map((c) => c.sha256));
        const candidates = [];
        const ruledOut = [];
        for (const candidate of [...truststore.withSubject(certificate.issuer.key), ...request.presented]) {
            if (candidate.subject.key !== certificate.issuer.key || seen.has(candidate.sha256))
                continue;
            seen.add(candidate.sha256);
            (authorityKeyMatches(certificate, candidate) ? candidates : ruledOut).push(candidate);
        }
        return { candidates, ruledOut };
    };
    const search = (path, problems) => {
        if (steps >= maxSteps) {
            record({ complete: false, path, problems: [{ kind: 'search-limit' }] });
            return false;
        }
        steps++;
        const current = path[path.length - 1];
        if (isAnchor(current, truststore)) {
            const all = [...problems, ...nameConstraintProblems(path)];
            if (path.length > MAX_CHAIN_LENGTH)
                all.push({ kind: 'chain-too-long', length: path.length });
            if (all.length === 0) {
                best = { complete: true, path, problems: [] };
                return true;
            }
            record({ complete: true, path, problems: all });
            return false;
        }
        if (path.length >= MAX_SEARCH_DEPTH) {
            // Four times API Gateway's limit: whatever lies above, the chain is too long.
            record({ complete: false, path, problems: [{ kind: 'chain-too-long', length: path.length, atLeast: true }] });
            return false;
        }
        const { candidates, ruledOut } = issuersOf(current, path);
        if (candidates.length === 0) {
            const selfSigned = path.length === 1 && verifier.isSelfSigned(current);
            record({
                complete: false,
                path,
                problems: [
                    selfSigned
                        ? { kind: 'self-signed', certificate: current }
                        : { kind: 'issuer-not-found', certificate: current, sameName: ruledOut },
                ],
            });
            return false;
        }
        // pathLenConstraint counts the non-self-issued intermediates below the issuer.
        const intermediatesBelow = path.slice(1).filter((c) => !c.selfIssued).length;
        for (const issuer of candidates) {
            // Every candidate tried is a step (a signature check at most), so same-named CAs are bounded too.
            if (steps >= maxSteps) {
                record({ complete: false, path, problems: [{ kind: 'search-limit' }] });
                return false;
            }
            steps++;
            const extended = [...path, issuer];
            if (!verifier.verifies(current, issuer)) {
                record({ complete: false, path, problems: [{ kind: 'signature-invalid', certificate: current, issuer }] });
                continue;
            }
            if (!canIssueCertificates(issuer)) {
                record({
                    complete: false,
                    path: extended,
                    problems: [{ kind: 'issuer-not-ca', certificate: current, issuer }],
                });
                continue;
            }
            const pathLen = issuer.basicConstraints?.pathLen;
            if (pathLen !== undefined && intermediatesBelow > pathLen) {
                record({
                    complete: false,
                    path: extended,
                    problems: [{ kind: 'path-length-exceeded', issuer, pathLen, intermediatesBelow }],
                });
                continue;
            }
            if (search(extended, [...problems, ...ownProblems(issuer, at)]))
                return true;
        }
        return false;
    };
    const { leaf } = request;
    if (search([leaf], ownProblems(leaf, at)))
        return { valid: true, path: best.path, problems: [], steps };
    const closest = best;
    // A search cut short proves nothing about the paths it did not try: say that, not what the tried ones lacked.
    if (steps >= maxSteps)
        return { valid: false, path: closest.path, problems: [{ kind: 'search-limit' }], steps };
    // A self-signed leaf that is not in the truststore is API Gateway's "self signed certificate", even when
    // a same-named truststore certificate was tried and did not verify it.
    if (!truststore.contains(leaf) && verifier.isSelfSigned(leaf) && !closest.complete) {
        return { valid: false, path: [leaf], problems: [{ kind: 'self-signed', certificate: leaf }], steps };
    }
    return { valid: false, path: closest.path, problems: closest.problems, steps };
}

;// CONCATENATED MODULE: ./src/rules/definitions/chain-too-long.ts


const chainTooLong = {
    id: 'chain-too-long',
    defaultSeverity: 'error',
    title: 'Chain longer than four certificates',
    description: "The only complete path from the client certificate to a root has more than four certificates (leaf and root included), API Gateway's maximum.",
    citation: 'API Gateway Developer Guide, "Configuring mutual TLS authentication": certificates can have a maximum chain length of four.',
    remedy: 'Issue client certificates from a CA at most two levels below the root.',
    consequence: 'The client gets 403 Forbidden: the chain is longer than API Gateway accepts.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachChainProblem(context, ['chain-too-long'], (problem, chain) => {
            const length = problem.atLeast ? `at least ${problem.length}` : String(problem.length);
            const path = problem.atLeast
                ? `${describePath(chain.result.path.slice(0, 3))} → …`
                : describePath(chain.result.path);
            return `${leafClause(chain)} has a chain of ${length} certificates (${path}); API Gateway allows at most ${MAX_CHAIN_LENGTH}.`;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/client-auth-not-permitted.ts

const clientAuthNotPermitted = {
    id: 'client-auth-not-permitted',
    defaultSeverity: 'warning',
    title: 'Client certificate not allowed for client authentication',
    description: 'The client certificate has an extendedKeyUsage extension that lists neither clientAuth nor anyExtendedKeyUsage, so TLS stacks that check the purpose refuse it as a client certificate.',
    citation: 'Google Cloud and ELB mTLS documentation require extendedKeyUsage clientAuth on leaves; API Gateway does not document a purpose check (treated as a warning).',
    remedy: 'Re-issue the client certificate with `extendedKeyUsage=clientAuth`. Inspect with `openssl x509 -noout -ext extendedKeyUsage -in FILE`.',
    consequence: 'TLS stacks that check the purpose refuse the handshake; API Gateway does not document whether it checks it.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachCertificate(context, ({ file, object, certificate, at }) => {
            if (file.objects.find((candidate) => candidate.kind === 'certificate') !== object)
                return undefined;
            const usages = certificate.extendedKeyUsage;
            if (!usages || usages.includes('clientAuth') || usages.includes('anyExtendedKeyUsage'))
                return undefined;
            return at(`The client certificate ${nameOf(certificate)} has extendedKeyUsage ${usages.join(', ') || '(empty)'} without clientAuth.`);
        }, ['client']);
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/duplicate-certificate.ts

const duplicateCertificate = {
    id: 'duplicate-certificate',
    defaultSeverity: 'warning',
    title: 'Same certificate twice in a truststore',
    description: 'The truststore holds the same certificate (same SHA-256 fingerprint) more than once. It counts against the 1,000-certificate quota and usually means a bundle was concatenated twice.',
    citation: 'API Gateway Quotas: at most 1,000 certificates in a truststore. Unconfirmed third-party reports say duplicate subject DNs are rejected at import.',
    remedy: 'Remove the repeated block.',
    consequence: 'Counts twice against the 1,000-certificate quota; reported to be refused at import.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        const firstSeen = new Map();
        yield* eachCertificate(context, ({ file, object, certificate, at }) => {
            const key = `${file.path}\0${certificate.sha256}`;
            const first = firstSeen.get(key);
            if (!first) {
                firstSeen.set(key, { file: file.path, line: object.line });
                return undefined;
            }
            return at(`The truststore certificate ${nameOf(certificate)} already appears on line ${first.line}.`);
        }, ['truststore']);
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/file-not-read.ts
const fileNotRead = {
    id: 'file-not-read',
    defaultSeverity: 'error',
    title: 'File matched but not read, or read only in part',
    description: 'A matched file was left unread, so it is not known to be good: a symbolic link to a path outside the repository (never followed), a broken link, a file over a size limit, past the limit on files or bytes per run, unreadable, or holding more PEM blocks than the limit (the rest unread). Limits are set under `limits:` in .truststore-check.yml.',
    citation: 'truststore-check: every matched file is checked or reported, never silently passed.',
    consequence: 'Unknown: what is in the unread part never reached the checks, and a truststore that is not what it seems may refuse clients or fail to upload.',
    remedy: 'Commit the real file instead of a link, split or shrink it, or raise the limit if the file is legitimate.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        for (const file of context.inventory.files) {
            if (file.notRead?.severity !== 'error')
                continue;
            yield { message: `The file was not read in full: ${file.notRead.reason}.`, file: file.path, line: 1, endLine: 1 };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/file-skipped.ts
const fileSkipped = {
    id: 'file-skipped',
    defaultSeverity: 'notice',
    title: 'Special file skipped',
    description: 'A glob matched a named pipe, socket or device. Such files hold no certificates and reading one could block the run, so they are skipped.',
    citation: 'truststore-check: only regular files inside the repository are read.',
    consequence: 'None: nothing in it reaches the gateway.',
    remedy: 'Narrow the glob, or remove the special file from the repository.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        for (const file of context.inventory.files) {
            if (file.notRead?.severity !== 'notice')
                continue;
            yield { message: `The path was skipped: ${file.notRead.reason}.`, file: file.path, line: 1, endLine: 1 };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/incomplete-chain.ts



const incompleteChain = {
    id: 'incomplete-chain',
    defaultSeverity: 'error',
    title: 'Truststore certificate whose issuer is missing',
    description: 'A truststore certificate is not self-signed, and no certificate in the same truststore verifies its signature. API Gateway wants the complete chain up to the root; clients under this CA are refused.',
    citation: 'API Gateway Developer Guide: "You must include the complete chain of trust, starting from the issuing CA certificate, up to the root CA certificate." Unconfirmed third-party reports: a root-only truststore gives 403 for leaves under intermediates.',
    remedy: 'Append the issuing CA (and its issuers, up to the root) to the truststore: `cat intermediate.pem root.pem > truststore.pem`.',
    consequence: 'API Gateway warns on the update; clients issued under this CA get 403 Forbidden ("Could not find issuer for certificate").',
    profiles: ['aws-api-gateway'],
    *check(context) {
        for (const gap of context.chains.gaps) {
            const { file, object } = gap;
            try {
                const candidate = gap.sameNameCandidate
                    ? ` A certificate with that name is present (SHA-256 ${formatFingerprint(gap.sameNameCandidate.sha256)}) but its key does not verify the signature.`
                    : '';
                yield {
                    message: `The truststore certificate ${nameOf(object.certificate)} is not self-signed and its issuer, ${issuerOf(object.certificate)}, is not in the truststore.${candidate} Add the issuer, up to the root CA.`,
                    file: file.path,
                    line: object.line,
                    endLine: object.endLine,
                    certificate: object.certificate,
                };
            }
            catch (error) {
                yield internalError(file.path, object.line, object.endLine, 'describing a truststore gap', error);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/insecure-signature-algorithm.ts


const SUPPORTED_FAMILIES = new Set(['RSA', 'RSA-PSS', 'ECDSA']);
const insecureSignatureAlgorithm = {
    id: 'insecure-signature-algorithm',
    defaultSeverity: 'error',
    title: 'Signature algorithm weaker than SHA-256',
    description: 'The certificate is signed with a hash weaker than SHA-256 (MD2, MD4, MD5, SHA-1, SHA-224; also ecdsa-with-SHA1 and RSASSA-PSS with a weak hash), or with an algorithm other than RSA, RSASSA-PSS or ECDSA. API Gateway rejects such client certificates with 403.',
    citation: 'API Gateway Developer Guide, "Configuring mutual TLS authentication": the truststore supports SHA-256 or stronger signature hashes; 403 reason "Access denied. Reason: Client cert using an insecure Signature Algorithm".',
    remedy: 'Re-issue the certificate signed with SHA-256 or stronger (e.g. `openssl x509 -req -sha256 ...`). Confirm with `openssl x509 -noout -text -in FILE | grep "Signature Algorithm"`.',
    consequence: 'Clients get 403 Forbidden ("Client cert using an insecure Signature Algorithm"); a weak truststore certificate makes API Gateway warn on update and refuse the clients under it.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachCertificate(context, ({ file, object, certificate, at }) => {
            const algorithm = certificate.signatureAlgorithm;
            const weakHash = algorithm.hash !== undefined && WEAK_HASHES.has(algorithm.hash);
            const unsupported = !SUPPORTED_FAMILIES.has(algorithm.family) || (algorithm.family === 'RSA-PSS' && !algorithm.hash);
            if (!weakHash && !unsupported)
                return undefined;
            const role = describeRole(file, object);
            const why = weakHash
                ? `whose hash (${algorithm.hash}) is weaker than SHA-256`
                : 'an algorithm API Gateway does not support';
            const gateway = role === 'truststore certificate'
                ? 'API Gateway accepts only SHA-256 or stronger signatures in the truststore.'
                : 'API Gateway answers 403 with "Access denied. Reason: Client cert using an insecure Signature Algorithm".';
            return at(`The ${role} ${nameOf(certificate)} is signed with ${algorithm.name}, ${why}. ${gateway}`);
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/issuer-not-ca.ts


const issuerNotCa = {
    id: 'issuer-not-ca',
    defaultSeverity: 'error',
    title: 'Chain goes through a certificate that may not sign certificates',
    description: 'An issuer on the path lacks basicConstraints cA=TRUE, or has a keyUsage without keyCertSign. Validators (OpenSSL among them) refuse such a chain.',
    citation: 'API Gateway Developer Guide: names and subjects must form an unbroken chain of trust from the issuing CA to the root CA.',
    remedy: 'Issue the intermediate as a CA (`basicConstraints=critical,CA:TRUE`, `keyUsage=keyCertSign,cRLSign`). Inspect with `openssl x509 -noout -ext basicConstraints,keyUsage -in CA.pem`.',
    consequence: 'The client gets 403 Forbidden: the chain is broken at that issuer.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachChainProblem(context, ['issuer-not-ca'], (problem, chain) => {
            const { issuer } = problem;
            const why = issuer.keyUsage && !issuer.keyUsage.includes('keyCertSign')
                ? 'its keyUsage does not include keyCertSign'
                : 'it is not a CA (basicConstraints cA is not TRUE)';
            return `${leafClause(chain)} would be refused: its issuer ${nameOf(issuer)} may not sign certificates, because ${why}.`;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/issuer-not-found.ts



const issuerNotFound = {
    id: 'issuer-not-found',
    defaultSeverity: 'error',
    title: 'Issuer of a client certificate not found',
    description: 'Path building from the client certificate stops at a certificate whose issuer is neither in the truststore nor sent by the client. API Gateway refuses the client with 403.',
    citation: 'API Gateway execution log: "Access denied. Reason: Could not find issuer for certificate"; AWS Knowledge Center: `openssl verify -CAfile bundle.pem client.pem` prints "unable to get local issuer certificate".',
    remedy: 'Add the missing CA certificate to the truststore (the whole chain up to the root), or have the client send the intermediate. Confirm with `openssl verify -CAfile truststore.pem [-untrusted intermediate.pem] client.pem`.',
    consequence: 'The client gets 403 Forbidden; the execution log says "Access denied. Reason: Could not find issuer for certificate".',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachChainProblem(context, ['issuer-not-found', 'search-limit'], (problem, chain) => {
            if (problem.kind === 'search-limit') {
                return `${leafClause(chain)}: no path to a root was found within the path-building limit (${describePath(chain.result.path)} was the furthest attempt). Simplify the truststore: many CAs share the names on this path.`;
            }
            const stuck = problem.certificate === chain.leaf.certificate
                ? 'its issuer'
                : `the issuer of ${nameOf(problem.certificate)} on its path`;
            const impostors = problem.sameName.map((c) => `key identifier ${c.subjectKeyId ? formatFingerprint(c.subjectKeyId.toUpperCase()) : '(none)'}`);
            const namesake = impostors.length > 0
                ? ` A certificate with that name is there, but with a different key (${impostors.join('; ')}): it is another CA, or the CA was re-keyed and the truststore is stale.`
                : '';
            return (`${leafClause(chain)} would be refused: "Access denied. Reason: Could not find issuer for certificate". ` +
                `Neither ${chain.truststore ?? 'the truststore'} nor the client's file holds ${stuck}, ${issuerOf(problem.certificate)}.${namesake} ` +
                'Add that CA certificate to the truststore, or send it with the client certificate.');
        });
    },
};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/inventory/files.ts




/** Names a private key for `client.pem` is commonly given. */
const KEY_SIBLING_SUFFIXES = ['.key', '.key.pem', '-key.pem', '_key.pem', '.pem.key'];
const CERTIFICATE_EXTENSION = /\.(pem|crt|cer|der|cert)$/i;
/** Never walked: version-control internals and installed packages hold no truststores. */
const PRUNED_FOLDERS = new Set(['.git', 'node_modules']);
function checkPattern(pattern, option) {
    if (pattern.trim() === '')
        throw new UsageError(`${option}: empty glob`);
    if (external_node_path_default().isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) {
        throw new UsageError(`${option}: "${pattern}" is absolute; globs are relative to the repository root`);
    }
    if (pattern.split(/[\\/]/).includes('..')) {
        throw new UsageError(`${option}: "${pattern}" reaches outside the repository root`);
    }
}
/** `certs/client` for `certs/client.pem`, `certs/client.key`, `certs/client-key.pem`... */
function pairingBaseName(file) {
    for (const suffix of KEY_SIBLING_SUFFIXES) {
        if (file.endsWith(suffix))
            return file.slice(0, -suffix.length);
    }
    return file.replace(CERTIFICATE_EXTENSION, '');
}
function describeSpecial(stats) {
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * Walks the repository below the patterns' fixed prefixes without following
 * symbolic links out of it. Unlike a glob library, it keeps what it will not
 * read (links leaving the repository, pipes, devices) so they can be
 * reported instead of vanishing.
 */
class Walker {
    root;
    realRoot;
    cache = new Map();
    constructor(root) {
        this.root = root;
        this.realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    }
    inside(real) {
        const relative = external_node_path_default().relative(this.realRoot, real);
        return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
    }
    /** What a path is: a file to read, a skipped entry, a folder to walk, or nothing. */
    classify(relative) {
        const absolute = external_node_path_default().join(this.root, relative);
        let stats;
        try {
            stats = (0,external_node_fs_namespaceObject.lstatSync)(absolute);
        }
        catch {
            return {};
        }
        if (stats.isDirectory())
            return { folder: true };
        if (stats.isFile())
            return { entry: { path: relative } };
        if (stats.isSymbolicLink()) {
            let real;
            try {
                real = (0,external_node_fs_namespaceObject.realpathSync)(absolute);
            }
            catch {
                return { entry: { path: relative, skipped: { severity: 'error', reason: 'it is a broken symbolic link' } } };
            }
            if (!this.inside(real)) {
                return {
                    entry: {
                        path: relative,
                        skipped: {
                            severity: 'error',
                            reason: 'it is a symbolic link to a path outside the repository, which is not followed',
                        },
                    },
                };
            }
            let target;
            try {
                target = (0,external_node_fs_namespaceObject.statSync)(real);
            }
            catch {
                return { entry: { path: relative, skipped: { severity: 'error', reason: 'its link target cannot be read' } } };
            }
            // Folders linked from inside the repository are reachable directly; following them could loop.
            if (target.isDirectory())
                return {};
            if (target.isFile())
                return { entry: { path: relative } };
            return {
                entry: {
                    path: relative,
                    skipped: { severity: 'notice', reason: `it links to ${describeSpecial(target)}, which is skipped` },
                },
            };
        }
        return {
            entry: {
                path: relative,
                skipped: { severity: 'notice', reason: `it is ${describeSpecial(stats)}, which is skipped` },
            },
        };
    }
    /** Every entry below `base` (a folder or a single path), relative to the root. */
    entriesBelow(base) {
        const cached = this.cache.get(base);
        if (cached)
            return cached;
        const entries = [];
        const start = this.classify(base);
        if (start.entry)
            entries.push(start.entry);
        const folders = start.folder ? [base] : [];
        while (folders.length > 0) {
            const folder = folders.pop();
            let names;
            try {
                names = (0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(this.root, folder)).sort();
            }
            catch {
                continue;
            }
            for (const name of names) {
                if (PRUNED_FOLDERS.has(name))
                    continue;
                const relative = folder === '' ? name : `${folder}/${name}`;
                const found = this.classify(relative);
                if (found.entry)
                    entries.push(found.entry);
                if (found.folder)
                    folders.push(relative);
            }
        }
        this.cache.set(base, entries);
        return entries;
    }
}
function match(walker, root, patterns, option) {
    const found = new Map();
    for (const pattern of patterns) {
        checkPattern(pattern, option);
        const normalised = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
        const { base, isGlob } = picomatch_default().scan(normalised);
        const matches = isGlob ? picomatch_default()(normalised, { dot: true }) : (candidate) => candidate === normalised;
        const entries = walker.entriesBelow(isGlob ? base : normalised).filter((entry) => matches(entry.path));
        if (entries.length === 0)
            throw new UsageError(`${option}: "${pattern}" matches no file under ${root}`);
        for (const entry of entries)
            found.set(entry.path, entry);
    }
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Key files beside the certificate files; each folder is listed once, not probed per name. */
function keySiblings(root, certificateFiles, taken) {
    const listings = new Map();
    const filesIn = (folder) => {
        let names = listings.get(folder);
        if (!names) {
            try {
                names = new Set((0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(root, folder), { withFileTypes: true })
                    .filter((entry) => entry.isFile())
                    .map((entry) => entry.name));
            }
            catch {
                names = new Set();
            }
            listings.set(folder, names);
        }
        return names;
    };
    const keys = [];
    for (const file of certificateFiles) {
        const base = pairingBaseName(file);
        const names = filesIn(external_node_path_default().posix.dirname(base));
        for (const suffix of KEY_SIBLING_SUFFIXES) {
            const candidate = base + suffix;
            if (taken.has(candidate) || !names.has(external_node_path_default().posix.basename(candidate)))
                continue;
            taken.add(candidate);
            keys.push(candidate);
        }
    }
    return keys;
}
/**
 * Resolves the globs to files under `root`. A file matched by both globs is a
 * truststore file (the stricter reading). Globs that match nothing are an
 * error: a typo must not turn into a silent pass. Past `maxFiles`, the first
 * file left out carries the count of all that were.
 */
function findFiles(request) {
    if (request.truststore.length === 0 && request.clients.length === 0) {
        throw new UsageError('nothing to check: no truststore or client-certificate globs were given (flags, action inputs or .truststore-check.yml)');
    }
    const walker = new Walker(request.root);
    const truststore = match(walker, request.root, request.truststore, 'truststore');
    const taken = new Set(truststore.map((entry) => entry.path));
    const clients = match(walker, request.root, request.clients, 'clients').filter((entry) => !taken.has(entry.path));
    for (const entry of clients)
        taken.add(entry.path);
    const readable = (entries) => entries.filter((entry) => !entry.skipped).map((entry) => entry.path);
    const keys = keySiblings(request.root, [...readable(truststore), ...readable(clients)], taken);
    const located = [
        ...truststore.map((entry) => ({ ...entry, role: 'truststore' })),
        ...clients.map((entry) => ({ ...entry, role: 'client' })),
        ...keys.map((file) => ({ path: file, role: 'key' })),
    ];
    if (located.length <= request.maxFiles)
        return located;
    const over = located.length - request.maxFiles;
    const first = located[request.maxFiles];
    const reason = `${located.length} files matched, over the limit of ${request.maxFiles} (limits.max-files): this one and ${over - 1} more were not read`;
    return [...located.slice(0, request.maxFiles), { ...first, skipped: { severity: 'error', reason } }];
}

;// CONCATENATED MODULE: ./src/inventory/pem.ts
/**
 * Splits a text file into PEM blocks and the text around them, keeping the
 * 1-based line span of each so findings can point at the block.
 */
const BEGIN = /^-----BEGIN ([A-Z0-9 #/_-]+)-----$/;
const END = /^-----END ([A-Z0-9 #/_-]+)-----$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const HEADER = /^[A-Za-z0-9-]+:/;
function decodeBody(lines, firstLine) {
    let index = 0;
    let hasHeaders = false;
    if (lines.length > 0 && HEADER.test(lines[0])) {
        hasHeaders = true;
        while (index < lines.length && lines[index] !== '')
            index++;
        index++;
    }
    const parts = [];
    for (; index < lines.length; index++) {
        const line = lines[index];
        if (line === '')
            continue;
        if (!BASE64.test(line)) {
            return { error: `bad base64 on line ${firstLine + 1 + index}`, hasHeaders };
        }
        parts.push(line);
    }
    const body = parts.join('');
    if (body.length === 0)
        return { error: 'the block is empty', hasHeaders };
    if (body.length % 4 !== 0 || /=[^=]/.test(body)) {
        return { error: 'bad base64: the body is not a whole number of base64 groups (truncated or edited?)', hasHeaders };
    }
    return { der: Buffer.from(body, 'base64'), hasHeaders };
}
/**
 * Every PEM block and every run of non-blank text outside blocks, in file
 * order; stops before block number `maxBlocks + 1` and says on which line.
 */
function scanPem(text, maxBlocks = Infinity) {
    const lines = text.split('\n').map((line) => line.replace(/\r$/, '').trim());
    const items = [];
    let textStart = 0; // 1-based first line of the current text run, 0 when none
    let textEnd = 0;
    const flushText = () => {
        if (textStart)
            items.push({ kind: 'text', startLine: textStart, endLine: textEnd });
        textStart = 0;
    };
    let i = 0;
    let blocks = 0;
    while (i < lines.length) {
        const begin = BEGIN.exec(lines[i]);
        if (begin && blocks >= maxBlocks) {
            flushText();
            return { items, truncatedAtLine: i + 1 };
        }
        if (!begin) {
            if (lines[i] !== '') {
                if (!textStart)
                    textStart = i + 1;
                textEnd = i + 1;
            }
            i++;
            continue;
        }
        flushText();
        blocks++;
        const label = begin[1];
        const startLine = i + 1;
        const body = [];
        let j = i + 1;
        let block;
        for (; j < lines.length; j++) {
            const line = lines[j];
            const end = END.exec(line);
            if (end) {
                const decoded = decodeBody(body, startLine);
                block = { kind: 'pem', label, startLine, endLine: j + 1, ...decoded };
                if (end[1] !== label && !block.error)
                    block.error = `END line says "${end[1]}" but BEGIN says "${label}"`;
                j++;
                break;
            }
            if (BEGIN.test(line))
                break; // the next block starts before this one ended
            body.push(line);
        }
        if (!block) {
            const lastLine = body.length > 0 ? startLine + body.length : startLine;
            block = {
                kind: 'pem',
                label,
                startLine,
                endLine: lastLine,
                error: 'truncated: no -----END line',
                hasHeaders: false,
            };
            // Trailing blank lines are not part of the block.
            while (block.endLine > startLine && lines[block.endLine - 1] === '')
                block.endLine--;
        }
        items.push(block);
        i = j;
    }
    flushText();
    return { items };
}

;// CONCATENATED MODULE: ./src/inventory/objects.ts





const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'X.509 CERTIFICATE']);
const PKCS7_LABELS = new Set(['PKCS7', 'PKCS #7 SIGNED DATA', 'CMS']);
function publicKeyFingerprint(key) {
    const spki = (0,external_node_crypto_namespaceObject.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(spki).digest('hex').toUpperCase();
}
function readPrivateKey(span, label, read, encrypted) {
    const object = { kind: 'private-key', label, encrypted, ...span };
    if (encrypted)
        return object;
    try {
        object.publicKeySha256 = publicKeyFingerprint(read());
    }
    catch {
        // OpenSSH, unusual curves: the key is still reported, just not compared. Its error text is never shown.
    }
    return object;
}
/** Certificates inside a PKCS#7 SignedData (a `.p7b` bundle). */
function pkcs7Certificates(der) {
    const [contentType, explicit] = children(readNode(der));
    if (contentType?.tag !== Tag.OID || explicit?.tag !== 0xa0)
        throw new DerError('not a PKCS#7 ContentInfo', 0);
    const signedData = children(explicit)[0];
    if (signedData?.tag !== Tag.SEQUENCE)
        throw new DerError('PKCS#7 content is not SignedData', 0);
    const certificates = children(signedData).find((field) => field.tag === 0xa0);
    if (!certificates)
        return [];
    return children(certificates).map((node) => node.source.subarray(node.start, node.end));
}
function fromPemBlock(block, pemText) {
    const span = { line: block.startLine, endLine: block.endLine };
    const { label } = block;
    const isPrivateKey = label.endsWith('PRIVATE KEY');
    if (block.error || !block.der) {
        if (isPrivateKey)
            return [{ kind: 'private-key', label, encrypted: false, ...span }];
        return [{ kind: 'malformed', label, reason: block.error ?? 'empty block', ...span }];
    }
    const der = block.der;
    if (isPrivateKey) {
        const encrypted = label === 'ENCRYPTED PRIVATE KEY' || block.hasHeaders;
        const blockText = pemText
            .split('\n')
            .slice(block.startLine - 1, block.endLine)
            .join('\n');
        return [readPrivateKey(span, label, () => (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: blockText, format: 'pem' }), encrypted)];
    }
    try {
        if (CERTIFICATE_LABELS.has(label)) {
            return [{ kind: 'certificate', encoding: 'pem', certificate: parseCertificate(der), ...span }];
        }
        if (label === 'TRUSTED CERTIFICATE') {
            return [{ kind: 'certificate', encoding: 'trusted-pem', certificate: parseCertificate(der, true), ...span }];
        }
        if (PKCS7_LABELS.has(label)) {
            return pkcs7Certificates(der).map((certDer) => ({
                kind: 'certificate',
                encoding: 'pkcs7',
                certificate: parseCertificate(certDer),
                ...span,
            }));
        }
    }
    catch (error) {
        return [{ kind: 'malformed', label, reason: describeError(error), ...span }];
    }
    return [{ kind: 'other', label, ...span }];
}
function looksBinary(bytes) {
    const sample = bytes.subarray(0, 4096);
    for (const byte of sample) {
        if (byte === 0 || byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b))
            return true;
    }
    return false;
}
/** PFX (RFC 7292): SEQUENCE { INTEGER 3, ContentInfo, ... }. Often holds a private key; never a bare certificate. */
function isPkcs12(bytes) {
    try {
        const [version, authSafe] = children(readNode(bytes));
        return (version?.tag === Tag.INTEGER &&
            version.end - version.contentStart === 1 &&
            bytes[version.contentStart] === 3 &&
            authSafe?.tag === Tag.SEQUENCE);
    }
    catch {
        return false;
    }
}
function fromDer(bytes) {
    const span = { line: 1, endLine: 1 };
    if (isPkcs12(bytes)) {
        return {
            kind: 'malformed',
            label: 'PKCS12',
            reason: 'it is a PKCS#12 keystore (.p12/.pfx), which bundles certificates with their private key; export the certificate alone with `openssl pkcs12 -in FILE -nokeys -clcerts`',
            ...span,
        };
    }
    try {
        return { kind: 'certificate', encoding: 'der', certificate: parseCertificate(bytes), ...span };
    }
    catch (certificateError) {
        for (const type of ['pkcs8', 'pkcs1', 'sec1']) {
            try {
                const key = (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: Buffer.from(bytes), format: 'der', type });
                return readPrivateKey(span, 'DER', () => key, false);
            }
            catch {
                // not this kind of key
            }
        }
        return {
            kind: 'malformed',
            label: 'DER',
            reason: `binary data that is not a DER certificate: ${describeError(certificateError)}`,
            ...span,
        };
    }
}
/** Every object in a file's bytes, in order, up to `maxBlocks` PEM blocks; never throws. */
function readObjects(bytes, maxBlocks = Infinity) {
    const whole = (object) => ({ objects: [object] });
    if (bytes.length === 0)
        return whole({ kind: 'malformed', label: 'file', reason: 'the file is empty', line: 1, endLine: 1 });
    const text = Buffer.from(bytes).toString('latin1');
    if (!text.includes('-----BEGIN ')) {
        if (bytes[0] === Tag.SEQUENCE)
            return whole(fromDer(bytes));
        if (looksBinary(bytes))
            return whole({
                kind: 'malformed',
                label: 'file',
                reason: 'binary data that is neither PEM nor a DER certificate',
                line: 1,
                endLine: 1,
            });
    }
    const objects = [];
    const { items, truncatedAtLine } = scanPem(text, maxBlocks);
    for (const item of items) {
        if (item.kind === 'text')
            objects.push({ kind: 'text', line: item.startLine, endLine: item.endLine });
        else
            objects.push(...fromPemBlock(item, text));
    }
    return truncatedAtLine === undefined ? { objects } : { objects, truncated: { line: truncatedAtLine } };
}

;// CONCATENATED MODULE: ./src/inventory/inventory.ts






/** Reads one file within the limits; never throws. */
function readSource(root, relative, role, limits, budget) {
    const absolute = external_node_path_default().join(root, relative);
    const skip = (reason, size = 0) => ({
        path: relative,
        role,
        size,
        objects: [],
        notRead: { severity: 'error', reason },
    });
    let size;
    try {
        size = (0,external_node_fs_namespaceObject.statSync)(absolute).size;
    }
    catch (error) {
        return skip(`it cannot be read (${describeError(error)})`);
    }
    // Judged before reading: a 2 GB file is never loaded to find out it is too large.
    if (size > limits.maxFileSize)
        return skip(`it is ${size.toLocaleString('en-US')} bytes, over the limit of ${limits.maxFileSize.toLocaleString('en-US')} (limits.max-file-size)`, size);
    if (budget.bytes + size > limits.maxTotalSize)
        return skip(`reading it would pass the limit of ${limits.maxTotalSize.toLocaleString('en-US')} bytes for one run (limits.max-total-size)`, size);
    let bytes;
    try {
        bytes = (0,external_node_fs_namespaceObject.readFileSync)(absolute);
    }
    catch (error) {
        return skip(`it cannot be read (${describeError(error)})`);
    }
    budget.bytes += bytes.length;
    const { objects, truncated } = readObjects(bytes, limits.maxObjectsPerFile);
    const file = { path: relative, role, size: bytes.length, objects };
    if (truncated)
        file.notRead = {
            severity: 'error',
            reason: `it holds more than ${limits.maxObjectsPerFile.toLocaleString('en-US')} blocks (limits.max-objects-per-file); only those before line ${truncated.line} were read`,
        };
    return file;
}
function buildInventory(request) {
    const limits = request.limits ?? DEFAULT_LIMITS;
    const located = findFiles({ ...request, maxFiles: limits.maxFiles });
    // Synchronous reads: thousands of small files go faster one after another
    // than through the thread pool, and each file is parsed as soon as it is read.
    const budget = { bytes: 0 };
    const files = located.map(({ path: relative, role, skipped }) => skipped
        ? { path: relative, role, size: 0, objects: [], notRead: skipped }
        : readSource(request.root, relative, role, limits, budget));
    return { root: request.root, files };
}
function certificatesOf(file) {
    return file.objects.filter((object) => object.kind === 'certificate');
}

;// CONCATENATED MODULE: ./src/rules/definitions/key-mismatch.ts




function keysOf(file) {
    return file.objects.filter((object) => object.kind === 'private-key' && object.publicKeySha256 !== undefined);
}
const keyMismatch = {
    id: 'key-mismatch',
    defaultSeverity: 'error',
    title: 'Private key does not belong to the certificate beside it',
    description: 'A private key in the same file as a certificate, or in a file with the same base name (client.key beside client.pem), has a different public key than the certificate. The client cannot complete the TLS handshake with this pair.',
    citation: 'AWS Knowledge Center, "Resolve mutual TLS 403 Forbidden errors": the modulus of the private key and of the certificate must match exactly (`openssl rsa -noout -modulus`, `openssl x509 -noout -modulus`).',
    remedy: 'Pair the certificate with the key it was issued for. Compare with `openssl pkey -in KEY -pubout | openssl sha256` and `openssl x509 -in CERT -noout -pubkey | openssl sha256`.',
    consequence: 'The client cannot complete the mutual-TLS handshake with this certificate and key; the connection fails before API Gateway answers.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        const certificateFiles = new Map();
        for (const file of context.inventory.files) {
            if (file.role !== 'key' && certificatesOf(file).length > 0)
                certificateFiles.set(pairingBaseName(file.path), file);
        }
        for (const keyFile of context.inventory.files) {
            const keys = keysOf(keyFile);
            if (keys.length === 0)
                continue;
            const certificateFile = certificatesOf(keyFile).length > 0 ? keyFile : certificateFiles.get(pairingBaseName(keyFile.path));
            if (!certificateFile)
                continue;
            const certificates = certificatesOf(certificateFile);
            const leaf = certificates[0];
            for (const key of keys) {
                if (certificates.some((object) => object.certificate.publicKey.sha256 === key.publicKeySha256))
                    continue;
                const where = keyFile === certificateFile ? `on line ${key.line}` : `in ${keyFile.path}`;
                const draft = {
                    message: `The private key ${where} does not match the certificate ${nameOf(leaf.certificate)}: ` +
                        `public key SHA-256 of the key ${formatFingerprint(key.publicKeySha256)}, of the certificate ${formatFingerprint(leaf.certificate.publicKey.sha256)}.`,
                    file: certificateFile.path,
                    line: leaf.line,
                    endLine: leaf.endLine,
                    certificate: leaf.certificate,
                };
                yield draft;
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/malformed-certificate.ts
const malformedCertificate = {
    id: 'malformed-certificate',
    defaultSeverity: 'error',
    title: 'Block or file does not decode as a certificate',
    description: 'A PEM block with bad base64, a truncated block, trailing bytes after the certificate, binary data that is not DER, an empty file, or a file with no certificate in it. The gateway validates X.509 syntax and rejects what does not parse.',
    citation: 'API Gateway Developer Guide, "Configuring mutual TLS authentication": what is validated on a request includes X.509 syntax.',
    remedy: 'Re-export the certificate (`openssl x509 -in FILE -out FILE.pem`) and check it parses with `openssl x509 -noout -text -in FILE`.',
    consequence: 'API Gateway rejects a truststore it cannot parse when the domain is updated; a client whose certificate does not parse is refused with 403 Forbidden.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        for (const file of context.inventory.files) {
            // A file that was not read is reported by file-not-read; it would hold "no certificate" only for that reason.
            if (file.role === 'key' || (file.notRead && file.objects.length === 0))
                continue;
            let certificates = 0;
            for (const object of file.objects) {
                if (object.kind === 'certificate')
                    certificates++;
                if (object.kind !== 'malformed')
                    continue;
                const what = ['file', 'DER', 'PKCS12'].includes(object.label) ? 'The file' : `The ${object.label} block`;
                yield {
                    message: `${what} does not decode as a certificate: ${object.reason}.`,
                    file: file.path,
                    line: object.line,
                    endLine: object.endLine,
                };
            }
            const malformed = file.objects.some((object) => object.kind === 'malformed');
            if (certificates === 0 && !malformed) {
                const found = [
                    ...new Set(file.objects
                        .filter((o) => o.kind === 'other' || o.kind === 'private-key')
                        .map((o) => ('label' in o ? o.label : ''))),
                ];
                const besides = found.length > 0 ? ` (it holds: ${found.join(', ')})` : '';
                yield { message: `The file holds no certificate${besides}.`, file: file.path, line: 1, endLine: 1 };
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/name-constraints-violated.ts


const nameConstraintsViolated = {
    id: 'name-constraints-violated',
    defaultSeverity: 'error',
    title: "Name outside a CA's name constraints",
    description: 'A CA on the path restricts, with nameConstraints, the directory names (subject DNs) of certificates below it, and a certificate\'s subject or directoryName alternative name breaks that restriction. OpenSSL refuses such a chain ("permitted/excluded subtree violation"). DNS, IP and e-mail constraints are not checked.',
    citation: 'API Gateway Developer Guide: names and subjects must form an unbroken chain of trust (RFC 5280 §4.2.1.10 name constraints).',
    remedy: "Issue the client with a subject inside the CA's permitted subtree, or from a CA without that constraint. Inspect with `openssl x509 -noout -ext nameConstraints -in CA.pem`.",
    consequence: 'The client gets 403 Forbidden: the CA is not allowed to vouch for that name.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachChainProblem(context, ['name-constraints-violated'], (problem, chain) => {
            const which = problem.certificate === chain.leaf.certificate
                ? 'its name'
                : `the name of ${nameOf(problem.certificate)} on its path`;
            const how = problem.excluded ? 'is excluded by the name constraints of' : 'is outside the permitted names of';
            return `${leafClause(chain)} would be refused: ${which}, ${shorten(problem.name.text)}, ${how} ${nameOf(problem.constrainedBy)}.`;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/not-a-ca-certificate.ts


const notACaCertificate = {
    id: 'not-a-ca-certificate',
    defaultSeverity: 'warning',
    title: 'Truststore certificate that is neither a CA nor self-signed',
    description: 'A truststore certificate without basicConstraints cA=TRUE that is not self-signed cannot issue client certificates: it is probably a leaf put into the bundle by mistake.',
    citation: 'API Gateway Developer Guide: the truststore holds the chain of trust from the issuing CA up to the root CA; self-signed certificates may be placed in it.',
    remedy: 'Remove the leaf from the truststore, or add the CA that issued it instead. Inspect with `openssl x509 -noout -ext basicConstraints -in FILE`.',
    consequence: 'Nothing is accepted through it: clients issued by it get 403 Forbidden.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachCertificate(context, ({ certificate, at }) => {
            if (isCertificateAuthority(certificate) || context.chains.signatures.isSelfSigned(certificate))
                return undefined;
            return at(`The truststore certificate ${nameOf(certificate)} is not a CA (no basicConstraints cA=TRUE) and not self-signed, so it cannot issue client certificates.`);
        }, ['truststore']);
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/path-length-exceeded.ts


const pathLengthExceeded = {
    id: 'path-length-exceeded',
    defaultSeverity: 'error',
    title: 'pathLenConstraint violated',
    description: 'A CA on the path allows fewer intermediates below it (basicConstraints pathLenConstraint) than the path has.',
    citation: 'API Gateway Developer Guide: names and subjects must form an unbroken chain of trust (RFC 5280 §4.2.1.9 path length).',
    remedy: 'Issue the client from a CA closer to the root, or re-issue the CA with a larger pathlen. Inspect with `openssl x509 -noout -ext basicConstraints -in CA.pem`.',
    consequence: 'The client gets 403 Forbidden: the chain is longer than the CA allows.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachChainProblem(context, ['path-length-exceeded'], (problem, chain) => {
            const count = problem.intermediatesBelow;
            return `${leafClause(chain)} would be refused: ${nameOf(problem.issuer)} has pathlen:${problem.pathLen}, but ${count} intermediate CA${count === 1 ? '' : 's'} stand${count === 1 ? 's' : ''} below it on the path.`;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/private-key-in-repository.ts
const privateKeyInRepository = {
    id: 'private-key-in-repository',
    defaultSeverity: 'error',
    title: 'Private key among the scanned files',
    description: 'A private key (PKCS#1, PKCS#8, SEC1, encrypted, OpenSSH or DER) is committed next to the certificates. Anyone who can read the repository can impersonate that client. Key material is never printed.',
    citation: 'API Gateway Developer Guide: the truststore holds certificates only; client private keys stay with the client.',
    remedy: 'Remove the key from the repository and its history (e.g. `git filter-repo`), then revoke and re-issue the certificate: treat the key as leaked.',
    consequence: 'Nothing at the gateway: the risk is that anyone who can read the repository can impersonate the client.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        for (const file of context.inventory.files) {
            for (const object of file.objects) {
                if (object.kind !== 'private-key')
                    continue;
                const encrypted = object.encrypted ? ' (encrypted, but still a key that should not live here)' : '';
                yield {
                    message: `A private key (${object.label})${encrypted} is committed in the repository.`,
                    file: file.path,
                    line: object.line,
                    endLine: object.endLine,
                };
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/self-signed-certificate.ts


const selfSignedCertificate = {
    id: 'self-signed-certificate',
    defaultSeverity: 'error',
    title: 'Self-signed client certificate not in the truststore',
    description: 'A self-signed client certificate is accepted only when that exact certificate is in the truststore. When the truststore holds a certificate with the same subject but another key, the client was re-keyed and the truststore is stale (or the reverse).',
    citation: 'API Gateway execution log: "Access denied. Reason: self signed certificate"; AWS Knowledge Center: for a self-signed client the modulus of the key, the truststore certificate and the client certificate must match, and the files must be identical.',
    remedy: 'Put this exact certificate in the truststore. Compare keys with `openssl x509 -noout -modulus -in client.pem | openssl sha256` against the same for the truststore copy, and `diff` the two files.',
    consequence: 'The client gets 403 Forbidden; the execution log says "Access denied. Reason: self signed certificate".',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachChainProblem(context, ['self-signed'], (problem, chain) => {
            const leaf = problem.certificate;
            const base = `${leafClause(chain)} is self-signed and is not in the truststore: API Gateway answers 403 "Access denied. Reason: self signed certificate".`;
            const index = context.chains.truststores.find((candidate) => candidate.file.path === chain.truststore);
            const namesake = index?.withSubject(leaf.subject.key).find((candidate) => candidate.sha256 !== leaf.sha256);
            if (!namesake)
                return `${base} Add this certificate to the truststore.`;
            if (namesake.publicKey.sha256 !== leaf.publicKey.sha256) {
                return (`${base} The truststore holds a certificate with the same subject but a different key ` +
                    `(public key SHA-256 in the truststore ${formatFingerprint(namesake.publicKey.sha256)}, presented by the client ${formatFingerprint(leaf.publicKey.sha256)}): ` +
                    'the moduli differ, so one side was re-keyed. Replace the truststore copy with this certificate.');
            }
            return `${base} The truststore holds a certificate with the same subject and key but different bytes (fingerprint ${formatFingerprint(namesake.sha256)}); the two files must be identical.`;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/truststore-format.ts
const ENCODING_NAMES = {
    'trusted-pem': 'an OpenSSL "TRUSTED CERTIFICATE" block',
    pkcs7: 'a PKCS#7 bundle',
    der: 'binary DER',
};
const truststoreFormat = {
    id: 'truststore-format',
    defaultSeverity: 'warning',
    title: 'Truststore holds something besides certificate blocks',
    description: 'The truststore must be one .pem file of back-to-back CERTIFICATE blocks. Text dumps (`openssl x509 -text`), keys, CRLs, CSRs, OpenSSL TRUSTED CERTIFICATE blocks, PKCS#7 and DER are not part of that format.',
    citation: 'API Gateway Developer Guide: the truststore is one text file with a .pem extension of back-to-back -----BEGIN CERTIFICATE----- / -----END CERTIFICATE----- blocks.',
    remedy: 'Rebuild the bundle from plain PEM certificates only: `cat root.pem intermediate.pem > truststore.pem` (convert DER with `openssl x509 -inform der -in FILE`).',
    consequence: 'API Gateway may refuse or misread the truststore; other gateways (ALB, CloudFront) refuse such bundles outright.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        for (const file of context.inventory.files) {
            if (file.role !== 'truststore')
                continue;
            const at = (line, endLine, message) => ({
                message,
                file: file.path,
                line,
                endLine,
            });
            if (!file.path.toLowerCase().endsWith('.pem')) {
                yield at(1, 1, 'The truststore file does not have the .pem extension API Gateway expects.');
            }
            for (const object of file.objects) {
                if (object.kind === 'text') {
                    yield at(object.line, object.endLine, 'Text outside certificate blocks (a comment or an `openssl x509 -text` dump); keep only the PEM blocks.');
                }
                else if (object.kind === 'other' || object.kind === 'private-key') {
                    yield at(object.line, object.endLine, `A ${object.label} block does not belong in a truststore.`);
                }
                else if (object.kind === 'certificate' && object.encoding !== 'pem') {
                    // A PKCS#7 bundle yields several certificates on one span: report it once.
                    const previous = file.objects[file.objects.indexOf(object) - 1];
                    if (object.encoding === 'pkcs7' && previous?.kind === 'certificate' && previous.line === object.line)
                        continue;
                    yield at(object.line, object.endLine, `The certificate is stored as ${ENCODING_NAMES[object.encoding]}, not a PEM CERTIFICATE block.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/truststore-too-large.ts
/** AWS writes "1 MB"; S3 and API Gateway quotas use binary units, so 1 MiB. */
const MAX_TRUSTSTORE_BYTES = 1024 * 1024;
const truststoreTooLarge = {
    id: 'truststore-too-large',
    defaultSeverity: 'error',
    title: 'Truststore file over 1 MB',
    description: 'API Gateway accepts a truststore object of up to 1 MB (taken as 1,048,576 bytes); the quota cannot be raised.',
    citation: 'API Gateway Quotas: truststore up to 1 MB total object size, not adjustable.',
    remedy: 'Strip comments and text dumps, remove unused CAs.',
    consequence: 'API Gateway refuses to create or update the domain with this truststore.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        for (const file of context.inventory.files) {
            if (file.role !== 'truststore' || file.size <= MAX_TRUSTSTORE_BYTES)
                continue;
            yield {
                message: `The truststore is ${file.size.toLocaleString('en-US')} bytes; API Gateway accepts at most 1 MB (${MAX_TRUSTSTORE_BYTES.toLocaleString('en-US')} bytes).`,
                file: file.path,
                line: 1,
                endLine: 1,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/truststore-too-many-certificates.ts

const MAX_TRUSTSTORE_CERTIFICATES = 1000;
const truststoreTooManyCertificates = {
    id: 'truststore-too-many-certificates',
    defaultSeverity: 'error',
    title: 'More than 1,000 certificates in a truststore',
    description: 'API Gateway accepts at most 1,000 certificates in one truststore; the quota cannot be raised.',
    citation: 'API Gateway Quotas: truststore at most 1,000 certificates, not adjustable.',
    remedy: 'Remove expired, duplicate or unused CAs, or split clients across custom domains.',
    consequence: 'API Gateway refuses to create or update the domain with this truststore.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        for (const file of context.inventory.files) {
            if (file.role !== 'truststore')
                continue;
            const certificates = certificatesOf(file);
            if (certificates.length <= MAX_TRUSTSTORE_CERTIFICATES)
                continue;
            const first = certificates[MAX_TRUSTSTORE_CERTIFICATES];
            yield {
                message: `The truststore holds ${certificates.length} certificates; API Gateway accepts at most ${MAX_TRUSTSTORE_CERTIFICATES}. The first one over the limit starts on line ${first.line}.`,
                file: file.path,
                line: 1,
                endLine: 1,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/unhandled-critical-extension.ts

const unhandledCriticalExtension = {
    id: 'unhandled-critical-extension',
    defaultSeverity: 'error',
    title: 'Certificate has a critical extension validators do not know',
    description: 'RFC 5280 requires a validator to reject a certificate with a critical extension it does not recognise; OpenSSL does ("unhandled critical extension"), so any chain through this certificate fails.',
    citation: 'API Gateway Developer Guide: on each request the X.509 syntax is validated (RFC 5280 §4.2: unrecognised critical extensions must be rejected).',
    remedy: 'Re-issue the certificate without the extension, or mark it non-critical. Inspect with `openssl x509 -noout -text -in FILE`.',
    consequence: 'Validators refuse the certificate, so clients whose chain uses it get 403 Forbidden.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachCertificate(context, ({ file, object, certificate, at }) => {
            if (certificate.unknownCriticalExtensions.length === 0)
                return undefined;
            return at(`The ${describeRole(file, object)} ${nameOf(certificate)} has critical extension(s) ${certificate.unknownCriticalExtensions.join(', ')} that validators do not recognise and must reject.`);
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/unsupported-key-type.ts


const unsupportedKeyType = {
    id: 'unsupported-key-type',
    defaultSeverity: 'error',
    title: 'Key type other than RSA or ECDSA on a named curve',
    description: 'DSA, Ed25519, Ed448, GOST, X25519 keys, EC keys with explicit domain parameters, and unknown key algorithms are not accepted by the gateway.',
    citation: 'API Gateway Developer Guide, "Configuring mutual TLS authentication": RSA-2048 or stronger; ECDSA-256 or stronger (no other key types are listed).',
    remedy: 'Re-issue the certificate with an RSA (2048+) or ECDSA (P-256, P-384, P-521) key.',
    consequence: 'API Gateway refuses clients whose chain uses the key with 403 Forbidden.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachCertificate(context, ({ file, object, certificate, at }) => {
            const key = certificate.publicKey;
            const role = describeRole(file, object);
            if (key.type === 'RSA' || key.type === 'RSA-PSS')
                return undefined;
            if (key.type === 'EC') {
                if (!key.explicitCurve)
                    return undefined;
                return at(`The ${role} ${nameOf(certificate)} has an EC key with explicit curve parameters instead of a named curve; use P-256, P-384 or P-521.`);
            }
            const name = key.type === 'unknown' ? `an unknown key algorithm (${key.algorithmOid})` : `a key of type ${key.type}`;
            return at(`The ${role} ${nameOf(certificate)} has ${name}; API Gateway accepts only RSA and ECDSA keys.`);
        });
        // OpenSSL refuses the whole chain when a CA on it has explicit curve parameters: say so on the client.
        yield* eachChainProblem(context, ['explicit-ec-parameters'], (problem, chain) => {
            if (problem.certificate === chain.leaf.certificate)
                return undefined;
            return `${leafClause(chain)} would be refused: its chain (${describePath(chain.result.path)}) goes through ${nameOf(problem.certificate)}, whose EC key has explicit curve parameters.`;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/definitions/weak-key.ts

const MIN_RSA_BITS = 2048;
const MIN_EC_BITS = 256;
const weakKey = {
    id: 'weak-key',
    defaultSeverity: 'error',
    title: 'Key smaller than RSA-2048 or ECDSA-256',
    description: 'An RSA key with a modulus under 2048 bits, or an EC key on a curve under 256 bits (P-192, P-224, ...).',
    citation: 'API Gateway Developer Guide, "Configuring mutual TLS authentication": RSA-2048 or stronger; ECDSA-256 or stronger.',
    remedy: 'Generate a new key of at least RSA-2048 or P-256 and re-issue the certificate. Confirm with `openssl x509 -noout -text -in FILE | grep "Public-Key"`.',
    consequence: 'API Gateway warns on the truststore update and refuses clients whose chain uses the weak key with 403 Forbidden.',
    profiles: ['aws-api-gateway'],
    *check(context) {
        yield* eachCertificate(context, ({ file, object, certificate, at }) => {
            const key = certificate.publicKey;
            if ((key.type === 'RSA' || key.type === 'RSA-PSS') && key.bits !== undefined && key.bits < MIN_RSA_BITS) {
                return at(`The ${describeRole(file, object)} ${nameOf(certificate)} has a ${key.bits}-bit RSA key; API Gateway requires RSA-${MIN_RSA_BITS} or stronger.`);
            }
            if (key.type === 'EC' && key.bits !== undefined && key.bits < MIN_EC_BITS) {
                return at(`The ${describeRole(file, object)} ${nameOf(certificate)} has an EC key on ${key.curve} (${key.bits} bits); API Gateway requires ECDSA-${MIN_EC_BITS} or stronger.`);
            }
            return undefined;
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/internal-error.ts

/** Not a check of its own: the framework reports a crashed check under this id, so nothing is lost silently. */
const internalErrorRule = {
    id: INTERNAL_ERROR_RULE_ID,
    defaultSeverity: 'error',
    title: 'A check failed unexpectedly',
    description: 'A check threw on this file or certificate. The other checks still ran and their findings are reported; this one could not be completed, so the file is not known to be good.',
    citation: 'truststore-check: bad input gets a finding, never a crash or a silent pass.',
    remedy: 'Report it with the file (certificates only, never keys). Suppress by path only as a last resort.',
    consequence: 'Unknown: the file could not be fully checked.',
    profiles: ['aws-api-gateway'],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/rules/registry.ts



























/** Every rule, in the order reports list them: file and certificate problems first, then chains. */
const RULES = [
    fileNotRead,
    fileSkipped,
    malformedCertificate,
    insecureSignatureAlgorithm,
    weakKey,
    unsupportedKeyType,
    certificateExpired,
    certificateNotYetValid,
    certificateExpiringSoon,
    unhandledCriticalExtension,
    privateKeyInRepository,
    keyMismatch,
    truststoreTooManyCertificates,
    truststoreTooLarge,
    truststoreFormat,
    duplicateCertificate,
    notACaCertificate,
    incompleteChain,
    issuerNotFound,
    selfSignedCertificate,
    chainSignatureInvalid,
    issuerNotCa,
    pathLengthExceeded,
    nameConstraintsViolated,
    chainTooLong,
    clientAuthNotPermitted,
    internalErrorRule,
];
const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
if (BY_ID.size !== RULES.length)
    throw new Error('duplicate rule id in the registry');
function findRule(id) {
    return BY_ID.get(id);
}
function rulesForProfile(profile) {
    return RULES.filter((rule) => rule.profiles.includes(profile));
}

;// CONCATENATED MODULE: ./src/config/settings.ts
const DEFAULT_EXPIRY_WARNING_DAYS = 30;
const DEFAULT_CONFIG_FILE = '.truststore-check.yml';

;// CONCATENATED MODULE: ./src/config/load.ts








const FILE_KEYS = [
    'profile',
    'truststore',
    'clients',
    'fail-on',
    'expiry-warning-days',
    'rules',
    'suppressions',
    'limits',
];
const SUPPRESSION_KEYS = ['rule', 'path', 'fingerprint', 'reason', 'expires'];
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkKeys(value, allowed, where) {
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key))
            throw new UsageError(`${where}: unknown key "${key}" (expected one of: ${allowed.join(', ')})`);
    }
}
function globList(value, where) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
        throw new UsageError(`${where}: expected a glob or a list of globs`);
    }
    return list.map((item) => item.trim());
}
function parseProfile(value, where) {
    if (!PROFILES.includes(value))
        throw new UsageError(`${where}: unknown profile "${String(value)}" (expected one of: ${PROFILES.join(', ')})`);
    return value;
}
function parseFailOn(value, where) {
    if (!FAIL_ON_VALUES.includes(value))
        throw new UsageError(`${where}: "${String(value)}" is not one of ${FAIL_ON_VALUES.join(', ')}`);
    return value;
}
function parseDays(value, where) {
    const text = String(value).trim();
    if (!/^\d+$/.test(text) || Number(text) > 36500)
        throw new UsageError(`${where}: "${String(value)}" is not a whole number of days (0 to 36500)`);
    return Number(text);
}
function parseTime(value, where) {
    const text = value instanceof Date ? value.toISOString() : String(value).trim();
    // A date alone means midnight UTC; anything else must carry a zone so runs are reproducible.
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(text) ||
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
    const date = new Date(text);
    if (!ok || Number.isNaN(date.getTime())) {
        throw new UsageError(`${where}: "${text}" is not an ISO time such as 2027-01-31 or 2027-01-31T12:00:00Z`);
    }
    return date;
}
function parseSeverities(value, where) {
    if (!isRecord(value))
        throw new UsageError(`${where}: expected a map of rule id to severity`);
    const result = {};
    for (const [id, severity] of Object.entries(value)) {
        if (!findRule(id))
            throw new UsageError(`${where}: unknown rule id "${id}"`);
        const allowed = [...SEVERITIES, 'off'];
        if (!allowed.includes(severity))
            throw new UsageError(`${where}.${id}: "${String(severity)}" is not one of ${allowed.join(', ')}`);
        result[id] = severity;
    }
    return result;
}
function normaliseFingerprint(value) {
    return value.replace(/[:\s]/g, '').toUpperCase();
}
function parseSuppressions(value, where) {
    if (!Array.isArray(value))
        throw new UsageError(`${where}: expected a list`);
    return value.map((entry, index) => {
        const here = `${where}[${index}]`;
        if (!isRecord(entry))
            throw new UsageError(`${here}: expected a map with rule, path or fingerprint, and reason`);
        checkKeys(entry, SUPPRESSION_KEYS, here);
        if (typeof entry.rule !== 'string' || !findRule(entry.rule))
            throw new UsageError(`${here}.rule: unknown rule id "${String(entry.rule)}"`);
        if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
            throw new UsageError(`${here}.reason: a suppression needs a reason`);
        if (entry.path === undefined && entry.fingerprint === undefined)
            throw new UsageError(`${here}: give a path or a fingerprint (to turn a rule off everywhere, use rules:)`);
        const suppression = { rule: entry.rule, reason: entry.reason.trim() };
        if (entry.path !== undefined) {
            if (typeof entry.path !== 'string' || entry.path.trim() === '')
                throw new UsageError(`${here}.path: expected a path or glob`);
            suppression.path = entry.path.trim();
        }
        if (entry.fingerprint !== undefined) {
            const fingerprint = typeof entry.fingerprint === 'string' ? normaliseFingerprint(entry.fingerprint) : '';
            if (!/^[0-9A-F]{64}$/.test(fingerprint))
                throw new UsageError(`${here}.fingerprint: expected a SHA-256 fingerprint (64 hex digits, colons allowed)`);
            suppression.fingerprint = fingerprint;
        }
        if (entry.expires !== undefined)
            suppression.expires = parseTime(entry.expires, `${here}.expires`);
        return suppression;
    });
}
function parseLimits(value, where) {
    if (!isRecord(value))
        throw new UsageError(`${where}: expected a map of limits`);
    checkKeys(value, Object.keys(LIMIT_KEYS), where);
    const limits = { ...DEFAULT_LIMITS };
    for (const [key, raw] of Object.entries(value)) {
        if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 1)
            throw new UsageError(`${where}.${key}: expected a whole number above 0`);
        limits[LIMIT_KEYS[key]] = raw;
    }
    return limits;
}
async function exists(file) {
    try {
        return (await (0,promises_namespaceObject.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
async function readConfigFile(file) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new UsageError(`cannot read configuration ${file}: ${describeError(error)}`);
    }
    let value;
    try {
        // Loaded only when there is a file to read: the YAML parser is a fifth of the action's start-up.
        const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        value = parseYaml(text);
    }
    catch (error) {
        throw new UsageError(`${file}: not valid YAML: ${describeError(error)}`);
    }
    if (value === null || value === undefined)
        return {};
    if (!isRecord(value))
        throw new UsageError(`${file}: expected a map at the top level`);
    checkKeys(value, FILE_KEYS, file);
    return value;
}
/**
 * Merges caller overrides over the configuration file over the defaults,
 * validating everything: a bad value is a UsageError naming where it came from.
 */
async function resolveSettings(rootArgument, overrides, now = new Date()) {
    const root = external_node_path_default().resolve(rootArgument);
    try {
        if (!(await (0,promises_namespaceObject.stat)(root)).isDirectory())
            throw new UsageError(`${rootArgument} is not a directory`);
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw new UsageError(`cannot read the folder ${rootArgument}: ${describeError(error)}`);
    }
    let file = {};
    let fileName = '';
    if (overrides.config !== undefined) {
        fileName = external_node_path_default().resolve(overrides.config);
        file = await readConfigFile(fileName);
    }
    else if (await exists(external_node_path_default().join(root, DEFAULT_CONFIG_FILE))) {
        fileName = external_node_path_default().join(root, DEFAULT_CONFIG_FILE);
        file = await readConfigFile(fileName);
    }
    const inFile = (key) => `${fileName}: ${key}`;
    return {
        root,
        truststore: overrides.truststore ?? (file.truststore !== undefined ? globList(file.truststore, inFile('truststore')) : []),
        clients: overrides.clients ?? (file.clients !== undefined ? globList(file.clients, inFile('clients')) : []),
        profile: overrides.profile !== undefined
            ? parseProfile(overrides.profile, 'profile')
            : file.profile !== undefined
                ? parseProfile(file.profile, inFile('profile'))
                : 'aws-api-gateway',
        failOn: overrides.failOn !== undefined
            ? parseFailOn(overrides.failOn, 'fail-on')
            : file['fail-on'] !== undefined
                ? parseFailOn(file['fail-on'], inFile('fail-on'))
                : 'error',
        expiryWarningDays: overrides.expiryWarningDays !== undefined
            ? parseDays(overrides.expiryWarningDays, 'expiry-warning-days')
            : file['expiry-warning-days'] !== undefined
                ? parseDays(file['expiry-warning-days'], inFile('expiry-warning-days'))
                : DEFAULT_EXPIRY_WARNING_DAYS,
        at: overrides.at !== undefined ? parseTime(overrides.at, 'at') : now,
        severities: file.rules !== undefined ? parseSeverities(file.rules, inFile('rules')) : {},
        suppressions: file.suppressions !== undefined ? parseSuppressions(file.suppressions, inFile('suppressions')) : [],
        limits: file.limits !== undefined ? parseLimits(file.limits, inFile('limits')) : { ...DEFAULT_LIMITS },
    };
}

;// CONCATENATED MODULE: ./src/chain/signatures.ts

/** node:crypto digest names; MD2 and MD4 are absent from OpenSSL 3's default provider and fall back to X509_verify. */
const DIGESTS = {
    MD5: 'md5',
    'SHA-1': 'sha1',
    'SHA-224': 'sha224',
    'SHA-256': 'sha256',
    'SHA-384': 'sha384',
    'SHA-512': 'sha512',
    'SHA-512/224': 'sha512-224',
    'SHA-512/256': 'sha512-256',
    'SHA3-256': 'sha3-256',
    'SHA3-384': 'sha3-384',
    'SHA3-512': 'sha3-512',
};
/**
 * Signature checks on node:crypto (OpenSSL), memoised: with thousands of
 * clients under a few intermediates, every intermediate-to-root signature is
 * checked once per run instead of once per client. The signed bytes come
 * from our own DER reader, so a certificate is never parsed a second time;
 * only algorithms crypto.verify cannot express go through X509_verify.
 */
class SignatureVerifier {
    keys = new WeakMap();
    results = new Map();
    /** How many signatures were actually verified (not served from the memo). */
    verifications = 0;
    keyOf(certificate) {
        let key = this.keys.get(certificate);
        if (key === undefined) {
            try {
                key = (0,external_node_crypto_namespaceObject.createPublicKey)({ key: Buffer.from(certificate.spki), format: 'der', type: 'spki' });
            }
            catch {
                key = null; // a key OpenSSL cannot load (GOST, odd explicit curves) signs nothing
            }
            this.keys.set(certificate, key);
        }
        return key;
    }
    check(subject, issuer, key) {
        // X509_verify refuses a certificate whose two signature algorithm fields differ; so do we.
        if (!subject.signatureAlgorithmsMatch)
            return false;
        const { family, hash } = subject.signatureAlgorithm;
        const digest = hash ? DIGESTS[hash] : undefined;
        const data = subject.tbs;
        const signature = subject.signature;
        switch (family) {
            case 'Ed25519':
            case 'Ed448':
                return (0,external_node_crypto_namespaceObject.verify)(null, data, key, signature);
            case 'RSA':
                if (digest)
                    return (0,external_node_crypto_namespaceObject.verify)(digest, data, { key, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PADDING }, signature);
                break;
            case 'RSA-PSS':
                // crypto.verify uses MGF1 with the signature's own digest, the only combination in practice.
                if (digest && subject.pss && subject.pss.mgf1Hash === hash) {
                    return (0,external_node_crypto_namespaceObject.verify)(digest, data, { key, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PSS_PADDING, saltLength: subject.pss.saltLength }, signature);
                }
                break;
            case 'ECDSA':
            case 'DSA':
                if (digest)
                    return (0,external_node_crypto_namespaceObject.verify)(digest, data, key, signature);
                break;
        }
        return new external_node_crypto_namespaceObject.X509Certificate(subject.der).verify(new external_node_crypto_namespaceObject.X509Certificate(issuer.der).publicKey);
    }
    /** Whether `issuer`'s public key verifies the signature on `subject`. */
    verifies(subject, issuer) {
        const memo = `${subject.sha256}/${issuer.publicKey.sha256}`;
        const known = this.results.get(memo);
        if (known !== undefined)
            return known;
        const key = this.keyOf(issuer);
        this.verifications++;
        let result;
        try {
            result = key !== null && this.check(subject, issuer, key);
        }
        catch {
            result = false; // a key that does not fit the algorithm, or bytes OpenSSL will not read
        }
        this.results.set(memo, result);
        return result;
    }
    /** Same subject and issuer name, and its own key verifies its signature. */
    isSelfSigned(certificate) {
        return certificate.selfIssued && this.verifies(certificate, certificate);
    }
}

;// CONCATENATED MODULE: ./src/chain/truststore-index.ts
/** A truststore file's certificates, looked up by subject name and by fingerprint. */
class TruststoreIndex {
    file;
    certificates = [];
    bySubject = new Map();
    byFingerprint = new Map();
    constructor(file) {
        this.file = file;
        for (const object of file.objects) {
            if (object.kind !== 'certificate' || this.byFingerprint.has(object.certificate.sha256))
                continue;
            this.add(object.certificate);
        }
    }
    add(certificate) {
        this.certificates.push(certificate);
        this.byFingerprint.set(certificate.sha256, certificate);
        const named = this.bySubject.get(certificate.subject.key);
        if (named)
            named.push(certificate);
        else
            this.bySubject.set(certificate.subject.key, [certificate]);
    }
    contains(certificate) {
        return this.byFingerprint.has(certificate.sha256);
    }
    withSubject(nameKey) {
        return this.bySubject.get(nameKey) ?? [];
    }
}

;// CONCATENATED MODULE: ./src/chain/analysis.ts




function verifiedIssuer(certificate, index, verifier) {
    return index
        .withSubject(certificate.issuer.key)
        .find((candidate) => candidate !== certificate && verifier.verifies(certificate, candidate));
}
function findGaps(index, verifier) {
    const gaps = [];
    for (const object of certificatesOf(index.file)) {
        const { certificate } = object;
        if (certificate.selfIssued || verifiedIssuer(certificate, index, verifier))
            continue;
        const sameNameCandidate = index.withSubject(certificate.issuer.key).find((candidate) => candidate !== certificate);
        gaps.push({ file: index.file, object, ...(sameNameCandidate ? { sameNameCandidate } : {}) });
    }
    return gaps;
}
function checkClient(file, truststores, at, verifier, maxSteps) {
    const [leaf, ...rest] = certificatesOf(file);
    if (!leaf)
        return undefined;
    const presented = rest.map((object) => object.certificate);
    let closest;
    for (const truststore of truststores) {
        const result = buildPath({ leaf: leaf.certificate, presented, truststore, at, verifier, maxSteps });
        const attempt = { file, leaf, truststore: truststore.file.path, result };
        if (result.valid)
            return attempt;
        if (!closest || result.path.length > closest.result.path.length)
            closest = attempt;
    }
    return closest;
}
/** Validates every client file's leaf against the truststore(s) and finds gaps in each truststore. */
function analyseChains(inventory, at, maxSteps = MAX_SEARCH_STEPS, verifier = new SignatureVerifier()) {
    const truststores = inventory.files
        .filter((file) => file.role === 'truststore')
        .map((file) => new TruststoreIndex(file));
    const clients = [];
    const crashes = [];
    // Without a truststore there is nothing to validate against; the report says so instead of failing every client.
    if (truststores.length > 0) {
        for (const file of inventory.files) {
            if (file.role !== 'client')
                continue;
            try {
                const chain = checkClient(file, truststores, at, verifier, maxSteps);
                if (chain)
                    clients.push(chain);
            }
            catch (error) {
                crashes.push({ file, object: certificatesOf(file)[0], error });
            }
        }
    }
    return {
        signatures: verifier,
        truststores,
        clients,
        gaps: truststores.flatMap((index) => findGaps(index, verifier)),
        crashes,
    };
}

;// CONCATENATED MODULE: ./src/engine.ts







const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function certificateEntries(inventory, chains) {
    const entries = [];
    for (const file of inventory.files) {
        let first = true;
        for (const object of file.objects) {
            if (object.kind !== 'certificate')
                continue;
            const c = object.certificate;
            const role = file.role === 'truststore' ? 'truststore' : first ? 'client' : 'intermediate';
            first = false;
            entries.push({
                file: file.path,
                line: object.line,
                role,
                subject: c.subject.text,
                issuer: c.issuer.text,
                serialNumber: c.serialNumber,
                sha256: c.sha256,
                notBefore: c.notBefore.toISOString(),
                notAfter: c.notAfter.toISOString(),
                keyType: c.publicKey.type,
                ...(c.publicKey.type === 'EC' ? {} : c.publicKey.bits !== undefined ? { keySize: c.publicKey.bits } : {}),
                ...(c.publicKey.curve ? { curve: c.publicKey.curve } : {}),
                publicKeySha256: c.publicKey.sha256,
                signatureAlgorithm: c.signatureAlgorithm.name,
                ...(c.signatureAlgorithm.hash ? { signatureHash: c.signatureAlgorithm.hash } : {}),
                isCA: c.basicConstraints?.ca === true,
                ...(c.basicConstraints?.pathLen !== undefined ? { pathLen: c.basicConstraints.pathLen } : {}),
                ...(c.keyUsage ? { keyUsage: c.keyUsage } : {}),
                ...(c.extendedKeyUsage ? { extendedKeyUsage: c.extendedKeyUsage } : {}),
                ...(c.subjectKeyId ? { subjectKeyId: c.subjectKeyId } : {}),
                ...(c.authorityKeyId ? { authorityKeyId: c.authorityKeyId } : {}),
                selfSigned: chains.signatures.isSelfSigned(c),
            });
        }
    }
    return entries;
}
function problemText(problem) {
    switch (problem.kind) {
        case 'issuer-not-found':
            return `issuer not found: ${shorten(problem.certificate.issuer.text) || '(empty)'} for ${nameOf(problem.certificate)}`;
        case 'self-signed':
            return 'self-signed and not in the truststore';
        case 'signature-invalid':
            return `signature on ${nameOf(problem.certificate)} does not verify with ${nameOf(problem.issuer)}`;
        case 'issuer-not-ca':
            return `${nameOf(problem.issuer)} may not sign certificates`;
        case 'path-length-exceeded':
            return `${nameOf(problem.issuer)} pathlen:${problem.pathLen} exceeded`;
        case 'unhandled-critical-extension':
            return `${nameOf(problem.certificate)} has unhandled critical extension(s) ${problem.oids.join(', ')}`;
        case 'name-constraints-violated':
            return `${shorten(problem.name.text)} of ${nameOf(problem.certificate)} is ${problem.excluded ? 'excluded by' : 'outside the permitted names of'} ${nameOf(problem.constrainedBy)}`;
        case 'explicit-ec-parameters':
            return `${nameOf(problem.certificate)} has an EC key with explicit parameters`;
        case 'expired':
            return `${nameOf(problem.certificate)} expired on ${formatDate(problem.certificate.notAfter)}`;
        case 'not-yet-valid':
            return `${nameOf(problem.certificate)} is not valid until ${formatDate(problem.certificate.notBefore)}`;
        case 'chain-too-long':
            return `chain of ${problem.atLeast ? 'at least ' : ''}${problem.length} certificates is longer than 4`;
        case 'search-limit':
            return 'path-building limit reached';
    }
}
function chainEntries(chains) {
    const brief = (c) => ({ subject: c.subject.text, sha256: c.sha256 });
    return chains.clients.map(({ file, leaf, truststore, result }) => ({
        file: file.path,
        line: leaf.line,
        subject: leaf.certificate.subject.text,
        sha256: leaf.certificate.sha256,
        valid: result.valid,
        ...(truststore ? { truststore } : {}),
        path: result.path.map(brief),
        ...(result.valid ? {} : { reasons: result.problems.map(problemText) }),
    }));
}
function matchesSuppression(finding, suppression) {
    if (suppression.rule !== finding.ruleId)
        return false;
    if (suppression.path !== undefined && !picomatch_default().isMatch(finding.file, suppression.path, { dot: true }))
        return false;
    if (suppression.fingerprint !== undefined && finding.certificate?.sha256 !== suppression.fingerprint)
        return false;
    return true;
}
function compareFindings(a, b) {
    return (a.file.localeCompare(b.file) ||
        a.line - b.line ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.ruleId.localeCompare(b.ruleId));
}
/** Runs every rule of the profile over an inventory. Never throws for bad certificates. */
function checkInventory(inventory, options) {
    const chains = analyseChains(inventory, options.at, options.maxPathSteps);
    const context = { inventory, at: options.at, expiryWarningDays: options.expiryWarningDays, chains };
    const drafts = [];
    for (const crash of chains.crashes) {
        drafts.push({
            ruleId: 'internal-error',
            draft: internalError(crash.file.path, crash.object.line, crash.object.endLine, 'validating the chain', crash.error),
        });
    }
    for (const rule of rulesForProfile(options.profile)) {
        if (options.severities[rule.id] === 'off')
            continue;
        try {
            for (const draft of rule.check(context))
                drafts.push({ ruleId: draft.ruleId ?? rule.id, draft });
        }
        catch (error) {
            // A rule that throws outside its per-certificate checks cannot say on which file; name the first so it is not lost.
            const file = inventory.files[0]?.path ?? '.';
            drafts.push({ ruleId: 'internal-error', draft: internalError(file, 1, 1, `running rule ${rule.id}`, error) });
        }
    }
    const findings = [];
    const suppressed = [];
    for (const { ruleId, draft } of drafts) {
        const severity = options.severities[ruleId];
        if (severity === 'off')
            continue;
        const finding = {
            ruleId,
            severity: severity ?? findRule(ruleId)?.defaultSeverity ?? 'error',
            message: draft.message,
            file: draft.file,
            line: draft.line,
            endLine: draft.endLine,
            ...(draft.certificate
                ? { certificate: { subject: draft.certificate.subject.text, sha256: draft.certificate.sha256 } }
                : {}),
        };
        const suppression = options.suppressions.find((candidate) => matchesSuppression(finding, candidate));
        if (suppression && (!suppression.expires || suppression.expires.getTime() > options.at.getTime())) {
            suppressed.push({ ...finding, reason: suppression.reason });
            continue;
        }
        if (suppression?.expires)
            finding.message += ` (Its suppression lapsed on ${formatDate(suppression.expires)}: "${suppression.reason}".)`;
        findings.push(finding);
    }
    findings.sort(compareFindings);
    suppressed.sort(compareFindings);
    const certificates = certificateEntries(inventory, chains);
    return {
        version: 1,
        summary: summarise(findings, inventory.files.length, certificates.length),
        findings,
        certificates,
        chains: chainEntries(chains),
        suppressed,
    };
}
/** Finds the files, reads them and checks them. Throws UsageError for bad globs. */
function runCheck(settings) {
    const inventory = buildInventory(settings);
    return checkInventory(inventory, { ...settings, maxPathSteps: settings.limits.maxPathSteps });
}

;// CONCATENATED MODULE: ./src/docs/rules-markdown.ts


/** Pipes and line breaks would break a Markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function section(rule) {
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
function renderRulesMarkdown() {
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
function rulesAsJson() {
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

;// CONCATENATED MODULE: ./src/report/format-json.ts
/** The stable JSON report (version 1): see docs/report-format.md. */
function formatJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json and CHANGELOG.md by a test and by the release check (scripts/check-release.mjs). */
const VERSION = '0.1.0';
/** The project's home; the owner is a placeholder until the repository is published. */
const REPOSITORY_URL = 'https://github.com/truststore-check/truststore-check';
/**
 * Where users read about a rule; findings link here by rule id. The exact
 * release tag (vX.Y.Z), which exists for every released version and never
 * moves, so a link always shows the rules of the version that wrote it.
 */
const RULES_DOC_URL = `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules.md`;

;// CONCATENATED MODULE: ./src/report/format-sarif.ts



const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * A fingerprint of a finding that survives unrelated edits: the rule, the
 * file and the certificate (or, for whole-file findings, the line), never the
 * message (expiry messages change every day).
 */
function findingFingerprint(finding, repoPath) {
    const anchor = finding.certificate?.sha256 ?? `line:${finding.line}`;
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${finding.ruleId}\0${repoPath}\0${anchor}`).digest('hex').slice(0, 32);
}
/** SARIF 2.1.0 for github/codeql-action/upload-sarif: stable rule ids, repository-relative paths. */
function formatSarif(report, repoPath = (file) => file) {
    const rules = RULES.map((rule) => ({
        id: rule.id,
        name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description },
        help: {
            text: `${rule.description}\n\nAt the gateway: ${rule.consequence}\n\nFix: ${rule.remedy}\n\nSource: ${rule.citation}`,
            markdown: `${rule.description}\n\n**At the gateway:** ${rule.consequence}\n\n**Fix:** ${rule.remedy}\n\n**Source:** ${rule.citation}`,
        },
        helpUri: `${RULES_DOC_URL}#${rule.id}`,
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
        properties: { tags: ['security', 'mtls', ...rule.profiles] },
    }));
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const results = report.findings.map((finding) => {
        const uri = repoPath(finding.file);
        return {
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                        region: { startLine: finding.line, endLine: Math.max(finding.line, finding.endLine) },
                    },
                },
            ],
            partialFingerprints: { 'truststoreCheck/v1': findingFingerprint(finding, uri) },
        };
    });
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'truststore-check',
                        informationUri: REPOSITORY_URL,
                        semanticVersion: VERSION,
                        version: VERSION,
                        rules,
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results,
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/format-text.ts
/** Control characters from file names or messages must not move the cursor or forge lines. */
function inert(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** ESLint's "stylish" layout: findings grouped by file, then one summary line. */
function formatText(report) {
    const lines = [];
    const byFile = new Map();
    for (const finding of report.findings) {
        const list = byFile.get(finding.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.file, [finding]);
    }
    for (const [file, findings] of byFile) {
        lines.push(inert(file));
        const width = Math.max(...findings.map((finding) => String(finding.line).length));
        for (const finding of findings) {
            const where = finding.endLine > finding.line ? `${finding.line}-${finding.endLine}` : String(finding.line);
            lines.push(`  ${where.padEnd(width)}  ${finding.severity.padEnd(7)}  ${inert(finding.message)}  ${finding.ruleId}`);
        }
        lines.push('');
    }
    const { summary } = report;
    const total = summary.errors + summary.warnings + summary.notices;
    const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`;
    lines.push(total === 0
        ? `✔ No problems in ${plural(summary.files, 'file')}, ${plural(summary.certificates, 'certificate')}.`
        : `✖ ${plural(total, 'problem')} (${counts}) in ${plural(summary.files, 'file')}, ${plural(summary.certificates, 'certificate')}.`);
    if (report.chains.length > 0) {
        const valid = report.chains.filter((chain) => chain.valid).length;
        lines.push(`  Client chains: ${valid} of ${report.chains.length} client certificates chain to a root in the truststore.`);
    }
    if (report.suppressed.length > 0)
        lines.push(`  ${plural(report.suppressed.length, 'finding')} suppressed by configuration.`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts











const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
const HELP = `Usage: truststore-check [root] [options]

Checks a mutual-TLS truststore bundle and client certificates the way
Amazon API Gateway does. root defaults to the current folder; globs are
relative to it. Settings also come from <root>/.truststore-check.yml.

Options:
  --truststore GLOB          truststore bundle(s); repeatable
  --clients GLOB             client certificate files; repeatable
  --profile NAME             rule profile (default: aws-api-gateway)
  --format text|json|sarif   output format (default: text)
  --output FILE              also write the JSON report to FILE
  --fail-on LEVEL            error, warning or never (default: error)
  --expiry-warning-days N    warn this many days before expiry (default: 30)
  --at ISO-TIME              judge validity at this time (default: now)
  --config FILE              configuration file (default: <root>/.truststore-check.yml)
  --list-rules               print the rules (Markdown, or JSON with --format json) and exit
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or configuration error.
`;
/** Runs the CLI; returns the exit code. Never throws. */
async function main(argv, streams) {
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                truststore: { type: 'string', multiple: true },
                clients: { type: 'string', multiple: true },
                profile: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string' },
                'fail-on': { type: 'string' },
                'expiry-warning-days': { type: 'string' },
                at: { type: 'string' },
                config: { type: 'string' },
                'list-rules': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
        if (values.help) {
            streams.stdout.write(HELP);
            return EXIT_OK;
        }
        if (values.version) {
            streams.stdout.write(`${VERSION}\n`);
            return EXIT_OK;
        }
        if (values['list-rules']) {
            streams.stdout.write(values.format === 'json' ? rulesAsJson() : renderRulesMarkdown());
            return EXIT_OK;
        }
        if (positionals.length > 1)
            throw new UsageError(`expected at most one root folder, got: ${positionals.join(' ')}`);
        const format = values.format ?? 'text';
        if (format !== 'text' && format !== 'json' && format !== 'sarif')
            throw new UsageError(`--format: "${format}" is not one of text, json, sarif`);
        const settings = await resolveSettings(positionals[0] ?? '.', {
            truststore: values.truststore,
            clients: values.clients,
            profile: values.profile,
            failOn: values['fail-on'],
            expiryWarningDays: values['expiry-warning-days'],
            at: values.at,
            config: values.config,
        });
        const report = runCheck(settings);
        if (values.output)
            await (0,promises_namespaceObject.writeFile)(values.output, formatJson(report));
        streams.stdout.write(format === 'json' ? formatJson(report) : format === 'sarif' ? formatSarif(report) : formatText(report));
        return failsOn(report, settings.failOn) ? EXIT_FINDINGS : EXIT_OK;
    }
    catch (error) {
        const usage = error instanceof UsageError || error?.code?.startsWith('ERR_PARSE_ARGS');
        streams.stderr.write(`truststore-check: ${describeError(error)}\n`);
        if (usage) {
            streams.stderr.write('Run truststore-check --help for usage.\n');
            return EXIT_USAGE;
        }
        // Not a usage problem and not a finding: still exit 2 so CI never reads it as success.
        return EXIT_USAGE;
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
