#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

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

/***/ 595:
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

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

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

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
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

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
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
} = __nccwpck_require__(595);

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

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

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

/***/ 819:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(501);

const code = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: PINNED_BANDIT_VERSION, registerCommand

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./build/core/baseline-file.js

/** The git blob id of some content: `git hash-object` without running git. */
function blobId(content) {
    const body = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    return (0,external_node_crypto_namespaceObject.createHash)("sha1").update(`blob ${body.length}\0`).update(body).digest("hex");
}
function buildBaselineFile(banditVersion, configDigest, files) {
    const out = {};
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const grouped = new Map();
        for (const item of file.findings) {
            const f = item.finding;
            const id = [item.key, f.severity, f.confidence, item.suppressed].join("|");
            const existing = grouped.get(id);
            if (existing)
                existing.count += 1;
            else
                grouped.set(id, {
                    key: item.key,
                    test_id: f.testId,
                    test_name: f.testName,
                    severity: f.severity,
                    confidence: f.confidence,
                    suppressed: item.suppressed,
                    count: 1,
                });
        }
        const findings = [...grouped.values()].sort((a, b) => a.test_id.localeCompare(b.test_id) || a.key.localeCompare(b.key));
        out[file.path] = { blob: file.blob, findings };
    }
    return { schema: "bandit-gate/baseline", schema_version: 1, bandit_version: banditVersion, config_digest: configDigest, files: out };
}
function serialiseBaselineFile(file) {
    return `${JSON.stringify(file, null, 2)}\n`;
}
/** Parse and validate; every problem is listed, not just the first. */
function parseBaselineFile(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineFileError([`not valid JSON: ${error.message}`]);
    }
    const problems = [];
    const obj = doc;
    if (typeof obj !== "object" || obj === null)
        throw new BaselineFileError(["not a JSON object"]);
    if (obj.schema !== "bandit-gate/baseline")
        problems.push(`"schema" must be "bandit-gate/baseline" (is this a Bandit report? create one with \`bandit-gate baseline --output FILE\`)`);
    if (obj.schema_version !== 1)
        problems.push(`"schema_version" ${String(obj.schema_version)} is not supported (this bandit-gate reads 1)`);
    if (typeof obj.bandit_version !== "string")
        problems.push(`"bandit_version" must be a string`);
    if (typeof obj.config_digest !== "string")
        problems.push(`"config_digest" must be a string`);
    if (typeof obj.files !== "object" || obj.files === null)
        problems.push(`"files" must be an object`);
    else {
        for (const [path, file] of Object.entries(obj.files)) {
            if (typeof file?.blob !== "string" || !Array.isArray(file.findings)) {
                problems.push(`files["${path}"] needs "blob" and "findings"`);
                continue;
            }
            file.findings.forEach((f, i) => {
                if (typeof f?.key !== "string" || typeof f.test_id !== "string" || !Number.isInteger(f.count) || f.count < 1) {
                    problems.push(`files["${path}"].findings[${i}] needs "key", "test_id" and a positive "count"`);
                }
            });
        }
    }
    if (problems.length > 0)
        throw new BaselineFileError(problems);
    return obj;
}
class BaselineFileError extends Error {
    problems;
    name = "BaselineFileError";
    constructor(problems) {
        super(problems.join("; "));
        this.problems = problems;
    }
}
/** Expand a stored file's counts back into one entry per finding. */
function storedEntries(path, file) {
    const entries = [];
    for (const f of file.findings) {
        for (let i = 0; i < f.count; i += 1) {
            entries.push({
                key: f.key,
                path,
                testId: f.test_id,
                testName: f.test_name ?? f.test_id,
                severity: f.severity,
                confidence: f.confidence,
                suppressed: f.suppressed === true,
            });
        }
    }
    return entries;
}

;// CONCATENATED MODULE: ./build/core/group.js
/** Group items by a key, keeping their order (Map.groupBy arrived after Node 20). */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return groups;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
;// CONCATENATED MODULE: ./build/core/paths.js
/**
 * Repository-relative, `/`-separated, without `./` segments: the one spelling of a path that
 * every comparison in the gate uses.
 */
function normalisePath(raw) {
    const parts = [];
    for (const part of raw.replace(/\\/g, "/").split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") {
            parts.pop();
            continue;
        }
        parts.push(part);
    }
    return parts.join("/");
}
/** True when a file's name or its first line says it is Python. */
function isPythonPath(path) {
    return /\.pyw?$/i.test(path);
}
/** True for a first line such as `#!/usr/bin/env python3` or `#!/usr/bin/python`. */
function hasPythonShebang(firstLine) {
    return /^#!.*\bpython[0-9.]*\b/.test(firstLine);
}
/** True when a file has no extension in its last path segment. */
function isExtensionless(path) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    return !name.includes(".");
}

;// CONCATENATED MODULE: ./build/core/selection.js


function makeSelector(selection) {
    const options = { dot: true };
    const include = selection.include.length > 0 ? picomatch(selection.include, options) : () => true;
    const exclude = selection.exclude.length > 0 ? picomatch(selection.exclude, options) : () => false;
    const roots = selection.paths.map((p) => p.replace(/\/+$/, "")).filter((p) => p !== "" && p !== ".");
    const inRoots = (path) => roots.length === 0 || roots.some((r) => path === r || path.startsWith(`${r}/`));
    return (path) => inRoots(path) && include(path) && !exclude(path);
}
/**
 * Is this a Python file? By extension, or, for a file with no extension, by its shebang
 * (`firstLine` is asked for only then, since reading it costs I/O).
 */
function isPythonFile(path, firstLine) {
    if (isPythonPath(path))
        return true;
    if (!isExtensionless(path))
        return false;
    const line = firstLine();
    return line !== undefined && hasPythonShebang(line);
}
/** A deterministic split for matrix jobs: files go to shards by a hash of their path. */
function inShard(path, shard) {
    if (!shard || shard.total <= 1)
        return true;
    let hash = 2166136261;
    for (let i = 0; i < path.length; i += 1) {
        hash ^= path.charCodeAt(i);
        hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % shard.total === shard.index - 1;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./build/app/bandit-config.js




/**
 * `pyproject.toml` with a `[tool.bandit]` table wins, else `.bandit` (passed with --ini).
 * Read from one revision (the baseline's, for the gate), so that a branch cannot loosen its own
 * check by editing the configuration it is judged with.
 */
async function loadBanditConfig(git, side) {
    const read = async (name) => {
        if (side.kind === "worktree")
            return (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(git.root, name)).catch(() => undefined);
        const spec = side.kind === "index" ? `:${name}` : `${side.commit}:${name}`;
        return (await git.readObjects([spec])).get(spec)?.content;
    };
    const where = side.kind === "commit" ? ` at ${side.commit.slice(0, 12)}` : side.kind === "index" ? " (staged)" : "";
    const pyproject = await read("pyproject.toml");
    if (pyproject && /^\s*\[tool\.bandit(\.[^\]]*)?\]/m.test(pyproject.toString("utf8"))) {
        return writeConfig("pyproject", "pyproject.toml", pyproject, `pyproject.toml${where}`);
    }
    const ini = await read(".bandit");
    if (ini)
        return writeConfig("ini", ".bandit", ini, `.bandit${where}`);
    return { config: { kind: "none" }, digest: digestOf("none", Buffer.alloc(0)), source: "Bandit's defaults", dispose: async () => { } };
}
async function writeConfig(kind, name, content, source) {
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), "bandit-gate-config-"));
    const file = (0,external_node_path_namespaceObject.join)(dir, name);
    await (0,promises_namespaceObject.writeFile)(file, content);
    return {
        config: { kind, file },
        digest: digestOf(kind, content),
        source,
        dispose: () => (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true }),
    };
}
function digestOf(kind, content) {
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update(kind).update("\0").update(content).digest("hex").slice(0, 16);
}

;// CONCATENATED MODULE: ./build/core/compare.js
function toBaselineEntries(items) {
    return items.map(({ finding, key, suppressed, source }) => ({
        key,
        path: finding.path,
        testId: finding.testId,
        testName: finding.testName,
        severity: finding.severity,
        confidence: finding.confidence,
        suppressed,
        line: finding.line,
        text: finding.text,
        source,
    }));
}
/**
 * Match head findings to baseline findings by identity, as multisets: k copies of an identity
 * at the baseline absorb at most k copies at head, in line order; the rest are added or removed.
 */
function compareFindings(base, head) {
    const pool = new Map();
    const sortedBase = [...base].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    for (const entry of sortedBase) {
        const list = pool.get(entry.key);
        if (list)
            list.push(entry);
        else
            pool.set(entry.key, [entry]);
    }
    const sortedHead = [...head].sort((a, b) => a.finding.path.localeCompare(b.finding.path) || a.finding.line - b.finding.line);
    const matched = [];
    const added = [];
    for (const item of sortedHead) {
        const candidate = pool.get(item.key)?.shift();
        if (candidate)
            matched.push({ head: item, base: candidate });
        else
            added.push(item);
    }
    const removed = [...pool.values()].flat();
    return { matched, added, removed };
}

;// CONCATENATED MODULE: ./build/core/errors.js
/**
 * The failures the entry points turn into exit codes. Exit codes are decided in one place
 * (exitCodeFor) and nowhere else.
 */
/** The user's to fix: a bad flag, a missing ref, a broken config file, a missing tool. Exit 2. */
class ConfigurationError extends Error {
    name = "ConfigurationError";
}
/** Bandit could not scan one or more files, or could not run at all. Exit 3. */
class ScanError extends Error {
    name = "ScanError";
}
const EXIT = {
    ok: 0,
    regressions: 1,
    configuration: 2,
    scan: 3,
    /** A bug of ours: anything not classified above. */
    internal: 4,
};
function exitCodeFor(error) {
    if (error instanceof ConfigurationError)
        return EXIT.configuration;
    if (error instanceof ScanError)
        return EXIT.scan;
    return EXIT.internal;
}

;// CONCATENATED MODULE: ./build/core/nosec.js
/**
 * `# nosec` comments, parsed the way Bandit reads them: a bare `# nosec` suppresses every test on
 * the line; `# nosec B602, B607` (or `# nosec: ...`, or test names) suppresses only those tests.
 * Case-sensitive like Bandit 1.7.5+ (`# NOSEC` suppresses nothing there).
 */
const NOSEC = /#\s*nosec\b:?([^#]*)/;
function parseNosec(line) {
    const match = NOSEC.exec(line);
    if (!match)
        return undefined;
    const list = (match[1] ?? "").trim();
    // Bandit keeps ids (`B602`) and test names; other words (`# nosec - reviewed`) leave the
    // list empty, which makes the comment a blanket one.
    const words = list === "" ? [] : list.split(/[\s,]+/);
    const tests = words.filter((w) => /^B\d+$/.test(w) || /^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(w));
    return { tests };
}
/** Does a nosec comment on any of these source lines silence this test? */
function isSuppressed(lines, testId, testName) {
    for (const line of lines) {
        const comment = parseNosec(line);
        if (!comment)
            continue;
        if (comment.tests.length === 0)
            return true;
        if (comment.tests.includes(testId) || comment.tests.includes(testName))
            return true;
    }
    return false;
}
/** The line with any nosec comment removed, so adding one does not change a finding's identity. */
function stripNosec(line) {
    const match = NOSEC.exec(line);
    return match ? line.slice(0, match.index) : line;
}

;// CONCATENATED MODULE: ./build/core/fingerprint.js


/**
 * The source of the flagged lines with every run of whitespace folded and nosec comments removed:
 * indentation, shifted lines and re-wrapped spacing do not change it; editing the statement does.
 */
function normaliseSource(lines) {
    return lines
        .map((line) => stripNosec(line).replace(/\s+/g, " ").trim())
        .filter((line) => line !== "")
        .join("\n");
}
/** Lines `lineRange` of a file (1-based), empty strings for lines past its end. */
function sourceLines(fileLines, lineRange) {
    return lineRange.map((n) => fileLines[n - 1] ?? "");
}
/** Split file text into lines the way Bandit numbers them. */
function splitLines(text) {
    return text.split(/\r\n|\r|\n/);
}
/**
 * A finding's identity: rule, path (the baseline's path for renamed files) and normalised source.
 * Hashed, so that a stored baseline never holds the source (which may quote a secret).
 */
function identityKey(testId, path, normalisedSource) {
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update(`v1\0${testId}\0${path}\0${normalisedSource}`).digest("hex").slice(0, 32);
}
/** Number repeated keys in line order, so identical findings compare as a multiset. */
function assignOccurrences(items) {
    const sorted = [...items].sort((a, b) => a.finding.line - b.finding.line || (a.finding.column ?? 0) - (b.finding.column ?? 0));
    const seen = new Map();
    for (const item of sorted) {
        const n = seen.get(item.key) ?? 0;
        item.occurrence = n;
        seen.set(item.key, n + 1);
    }
    return sorted;
}
/**
 * Fingerprint the findings of one file. `identityPath` is the path the identity uses: the
 * baseline's path when the file was renamed, so renamed code keeps its identity.
 */
function fingerprintFile(findings, fileText, identityPath) {
    const fileLines = splitLines(fileText);
    const items = findings.map((finding) => {
        const source = sourceLines(fileLines, finding.lineRange);
        return {
            finding,
            key: identityKey(finding.testId, identityPath, normaliseSource(source)),
            occurrence: 0,
            suppressed: isSuppressedSource(source, finding),
            source,
        };
    });
    return assignOccurrences(items);
}
function isSuppressedSource(source, finding) {
    return isSuppressed(source, finding.testId, finding.testName);
}

;// CONCATENATED MODULE: ./build/core/finding.js
const LEVEL_RANK = { UNDEFINED: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const THRESHOLD_RANK = { all: 0, low: 1, medium: 2, high: 3 };
const THRESHOLDS = ["all", "low", "medium", "high"];
function levelRank(level) {
    return LEVEL_RANK[level];
}
function meetsThreshold(level, threshold) {
    return LEVEL_RANK[level] >= THRESHOLD_RANK[threshold];
}
function isThreshold(value) {
    return THRESHOLDS.includes(value);
}

;// CONCATENATED MODULE: ./build/core/policy.js

const NOSEC_POLICIES = ["honor", "new-is-regression"];
function judge(comparison, policy) {
    const passes = (f) => meetsThreshold(f.severity, policy.severityLevel) && meetsThreshold(f.confidence, policy.confidenceLevel);
    const honourAll = policy.nosec === "honor";
    const regressions = [];
    let unchanged = 0;
    for (const { head, base } of comparison.matched) {
        if (!passes(head.finding))
            continue;
        if (head.suppressed && honourAll)
            continue;
        const regression = { finding: head.finding, key: head.key, occurrence: head.occurrence, source: head.source };
        if (head.suppressed && !base.suppressed) {
            regressions.push({ kind: "suppressed", ...regression });
        }
        else if (!head.suppressed && levelRank(head.finding.severity) > levelRank(base.severity)) {
            regressions.push({ kind: "escalated", baselineSeverity: base.severity, ...regression });
        }
        else {
            unchanged += 1;
        }
    }
    for (const head of comparison.added) {
        if (!passes(head.finding))
            continue;
        if (head.suppressed && honourAll)
            continue;
        regressions.push({
            kind: head.suppressed ? "suppressed" : "new",
            finding: head.finding,
            key: head.key,
            occurrence: head.occurrence,
            source: head.source,
        });
    }
    // A finding that was silenced at the baseline was never reported, so its removal is no fix.
    const fixed = comparison.removed.filter((entry) => !entry.suppressed && passes(entry));
    return { regressions: sortRegressions(regressions), fixed, unchanged };
}
function sortRegressions(list) {
    return list.sort((a, b) => a.finding.path.localeCompare(b.finding.path) ||
        a.finding.line - b.finding.line ||
        a.finding.testId.localeCompare(b.finding.testId));
}

;// CONCATENATED MODULE: ./build/core/redact.js
/**
 * Bandit's hardcoded-password tests quote the secret in their message and the flagged line
 * holds it. Reports and stored baselines must never repeat it.
 */
const SECRET_TESTS = new Set(["B105", "B106", "B107"]);
function isSecretTest(testId) {
    return SECRET_TESTS.has(testId);
}
/** `Possible hardcoded password: 'hunter2'` -> `Possible hardcoded password: '***'`. */
function redactText(testId, text) {
    if (!isSecretTest(testId))
        return text;
    const colon = text.indexOf(":");
    return colon === -1 ? text : `${text.slice(0, colon)}: '***'`;
}
/** Blank out the contents of every string literal on a flagged line of a secret finding. */
function redactSource(testId, line) {
    if (!isSecretTest(testId))
        return line;
    let out = "";
    let i = 0;
    while (i < line.length) {
        const ch = line[i];
        if (ch === "#")
            return out + line.slice(i);
        if (ch !== '"' && ch !== "'") {
            out += ch;
            i += 1;
            continue;
        }
        const quote = line.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
        let j = i + quote.length;
        while (j < line.length && !line.startsWith(quote, j))
            j += line[j] === "\\" ? 2 : 1;
        // An unterminated literal (a multi-line string) is blanked to the end of the line.
        out += `${quote}***${j < line.length ? quote : ""}`;
        i = j + quote.length;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/core/report.js

function buildReport(verdict, context) {
    const regressions = verdict.regressions.map(toRegressionRecord);
    const fixed = verdict.fixed.map(toFixedRecord);
    return finishReport({
        regressions,
        fixed,
        unchanged: verdict.unchanged,
        baseline: context.baseline,
        scanned: context.scanned,
        bandit_version: context.banditVersion,
        scan_errors: context.failures,
        notes: context.notes,
    });
}
/** Fill in verdict and counts from the lists, so they can never disagree. */
function finishReport(parts) {
    const count = (kind) => parts.regressions.filter((r) => r.kind === kind).length;
    return {
        schema: "bandit-gate/report",
        schema_version: 1,
        verdict: parts.regressions.length > 0 ? "fail" : parts.scan_errors.length > 0 ? "error" : "pass",
        ...parts,
        counts: {
            regressions: parts.regressions.length,
            new: count("new"),
            escalated: count("escalated"),
            suppressed: count("suppressed"),
            fixed: parts.fixed.length,
            unchanged: parts.unchanged,
        },
    };
}
function toRegressionRecord(r) {
    const f = r.finding;
    const record = {
        path: f.path,
        line: f.line,
        end_line: f.lineRange[f.lineRange.length - 1] ?? f.line,
        test_id: f.testId,
        test_name: f.testName,
        severity: f.severity,
        confidence: f.confidence,
        kind: r.kind,
        text: redactText(f.testId, f.text),
        fingerprint: `${r.key}:${r.occurrence}`,
        code: r.source.map((line) => redactSource(f.testId, line)),
    };
    if (f.column !== undefined)
        record.column = f.column;
    if (f.cwe !== undefined)
        record.cwe = f.cwe;
    if (r.function !== undefined)
        record.function = r.function;
    if (r.baselineSeverity !== undefined)
        record.baseline_severity = r.baselineSeverity;
    if (f.moreInfo !== undefined)
        record.more_info = f.moreInfo;
    return record;
}
function toFixedRecord(entry) {
    const record = {
        path: entry.path,
        test_id: entry.testId,
        test_name: entry.testName,
        severity: entry.severity,
        confidence: entry.confidence,
    };
    if (entry.line !== undefined)
        record.line = entry.line;
    if (entry.text !== undefined)
        record.text = redactText(entry.testId, entry.text);
    return record;
}
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** One line for logs and the end of the text report. */
function headline(report) {
    const n = report.counts.regressions;
    const files = report.scanned.files.length;
    const scope = `${files} changed Python file${files === 1 ? "" : "s"}`;
    if (n === 0) {
        const tail = report.scan_errors.length > 0 ? `; ${report.scan_errors.length} file(s) could not be scanned` : "";
        return `no security regressions in ${scope} (${report.counts.fixed} fixed, ${report.counts.unchanged} unchanged)${tail}`;
    }
    const parts = ["new", "escalated", "suppressed"]
        .filter((k) => report.counts[k] > 0)
        .map((k) => `${report.counts[k]} ${k}`);
    return `${n} security regression${n === 1 ? "" : "s"} (${parts.join(", ")}) in ${scope}`;
}
function describeBaseline(baseline) {
    return baseline.mode === "git"
        ? `${baseline.ref} @ ${baseline.commit.slice(0, 12)}`
        : `baseline file ${baseline.file}`;
}
/** 0 pass, 1 regressions, 3 files Bandit could not scan (unless allowed; it wins over 1, since the verdict is incomplete). */
function exitCodeOf(report, allowScanErrors) {
    if (report.scan_errors.length > 0 && !allowScanErrors)
        return 3;
    return report.counts.regressions > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/core/scope.js
/**
 * The dotted name of the function (with its classes) that encloses a line, read from indentation.
 * A report label only: the remediation loop uses Python's own ast for exact ranges.
 */
function enclosingFunction(fileLines, line) {
    const target = fileLines[line - 1];
    if (target === undefined)
        return undefined;
    let indent = indentation(target);
    const names = [];
    for (let i = line - 2; i >= 0 && indent > 0; i -= 1) {
        const text = fileLines[i] ?? "";
        if (text.trim() === "" || text.trimStart().startsWith("#"))
            continue;
        const own = indentation(text);
        if (own >= indent)
            continue;
        const match = /^\s*(?:async\s+def|def|class)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(text);
        if (match?.[1])
            names.unshift({ kind: /^\s*class\b/.test(text) ? "class" : "def", name: match[1] });
        // Any statement at a shallower level closes the search at that level (if/for/with blocks too).
        indent = own;
    }
    if (!names.some((n) => n.kind === "def"))
        return undefined;
    return names.map((n) => n.name).join(".");
}
function indentation(text) {
    const match = /^[ \t]*/.exec(text);
    return (match?.[0] ?? "").replace(/\t/g, "        ").length;
}

;// CONCATENATED MODULE: ./build/app/snapshot.js



/** `specs` maps a repository path to a `git cat-file` spec (`<commit>:<path>` or `:<path>`). */
async function materialise(git, specs, label) {
    const root = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), `bandit-gate-${label}-`));
    const contents = new Map();
    try {
        const objects = await git.readObjects([...specs.values()]);
        for (const [path, spec] of specs) {
            const object = objects.get(spec);
            if (!object)
                continue;
            if (path.startsWith("/") || path.split("/").includes(".."))
                continue;
            const target = (0,external_node_path_namespaceObject.join)(root, path);
            await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
            await (0,promises_namespaceObject.writeFile)(target, object.content);
            contents.set(path, object.content);
        }
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(root, { recursive: true, force: true });
        throw error;
    }
    return { root, contents, dispose: () => (0,promises_namespaceObject.rm)(root, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./build/app/head-files.js




/**
 * The head side's files, read once: from the working tree in place, or from the index or a
 * commit into a temporary directory.
 */
async function loadHeadFiles(git, head, paths) {
    if (head.kind === "worktree") {
        const contents = new Map();
        await Promise.all(paths.map(async (path) => {
            const full = (0,external_node_path_namespaceObject.join)(git.root, path);
            const stat = await (0,promises_namespaceObject.lstat)(full).catch(() => undefined);
            if (!stat?.isFile())
                return;
            contents.set(path, await (0,promises_namespaceObject.readFile)(full));
        }));
        return { root: git.root, contents, dispose: async () => { } };
    }
    const prefix = head.kind === "index" ? ":" : `${head.ref}:`;
    return materialise(git, new Map(paths.map((p) => [p, `${prefix}${p}`])), "head");
}
/** Every file at the head side, for the baseline-file mode and `baseline` command. */
async function listHeadFiles(git, head) {
    if (head.kind === "commit")
        return git.listFiles(head.ref);
    const tracked = await git.listFiles();
    if (head.kind === "index")
        return tracked;
    return [...new Set([...tracked, ...(await git.untrackedFiles())])].sort();
}
/** Keep the files that are Python: by extension, or by shebang for extensionless ones. */
function pythonOnly(snapshot, paths) {
    return paths.filter((path) => isPythonFile(path, () => {
        const content = snapshot.contents.get(path);
        return content ? firstLine(content) : undefined;
    }));
}
/** Could this path be Python? (Extensionless files need their content to tell.) */
function mayBePython(path) {
    return isPythonFile(path, () => "#!python");
}
function firstLine(content) {
    const end = content.indexOf(0x0a);
    return content.subarray(0, end === -1 ? Math.min(content.length, 200) : Math.min(end, 200)).toString("utf8");
}

;// CONCATENATED MODULE: ./build/app/messages.js
/**
 * What the user reads when something is theirs to fix: what happened, why, and the flag,
 * setting or command that fixes it. Kept together so the wording stays consistent.
 */
const PINNED_BANDIT_VERSION = "1.9.4";
const messages = {
    unknownHead: (ref) => `the head revision "${ref}" does not exist in this repository; check --head (or the checkout step)`,
    unknownBase: (ref) => `the baseline revision "${ref}" does not exist here, locally or on origin; check --base (input "base"), or fetch it first`,
    noDefaultBranch: (branch) => `cannot find the default branch "${branch}" (tried origin/${branch} and ${branch}); pass --base REF (input "base") naming the branch this work started from`,
    noMergeBase: (head, target) => `${head} and ${target} have no common ancestor, so there is no branch-off point to compare with; pass --base REF explicitly`,
    shallowNoMergeBase: (target) => `this shallow clone does not reach the branch-off point with ${target}, even after deepening; check out with full history (actions/checkout: \`fetch-depth: 0\`)`,
    banditMissing: (version) => `Bandit was not found (tried --bandit, $BANDIT_GATE_BANDIT, \`bandit\` on PATH and \`python3 -m bandit\`). ` +
        `Install it with \`python3 -m pip install --user "bandit[toml]==${version}"\` (or \`pipx install bandit==${version}\`), ` +
        `or point --bandit / BANDIT_GATE_BANDIT at an existing one`,
    banditUnusable: (command) => `the Bandit command "${command}" (from --bandit or BANDIT_GATE_BANDIT) did not answer \`--version\` like Bandit; check the command`,
    scanFailed: (count) => `Bandit could not scan ${count} changed file${count === 1 ? "" : "s"}, so the gate cannot vouch for ${count === 1 ? "it" : "them"}; ` +
        `fix the file${count === 1 ? "" : "s"} (usually a syntax error) or pass --allow-scan-errors (input "allow-scan-errors") to accept the gap`,
    badBaselineFile: (file, problems) => `the baseline file ${file} is not usable: ${problems.join("; ")}. Recreate it with \`bandit-gate baseline --output ${file}\``,
    missingBaselineFile: (file) => `the baseline file ${file} does not exist; create it with \`bandit-gate baseline --output ${file}\` on the branch you compare against`,
};

;// CONCATENATED MODULE: ./build/app/resolve-baseline.js


const DEEPEN_STEPS = [50, 200, 1000];
/**
 * Lock the baseline at the branch-off point: the merge-base of the head with the default branch
 * (or the PR's base). Never the previous push's `before`: on a new branch it is all zeros, after
 * a force push it need not be an ancestor, and moving it every push lets regressions pile up.
 * Shallow clones are deepened step by step until the merge-base appears.
 */
async function resolveBaseline(git, request, logger) {
    const head = await git.tryResolveCommit(request.headRef);
    if (!head)
        throw new ConfigurationError(messages.unknownHead(request.headRef));
    if (request.explicitRef) {
        const commit = await resolveOrFetch(git, request.explicitRef, logger);
        if (!commit)
            throw new ConfigurationError(messages.unknownBase(request.explicitRef));
        return { ref: request.explicitRef, commit };
    }
    const branch = request.pullRequestBase ?? (await defaultBranch(git, request.defaultBranch));
    const remoteRef = `origin/${branch}`;
    const hasOrigin = await git.hasRemote("origin");
    let target = hasOrigin ? await resolveOrFetch(git, remoteRef, logger, branch) : undefined;
    let targetRef = remoteRef;
    if (!target) {
        target = await git.tryResolveCommit(branch);
        targetRef = branch;
    }
    if (!target)
        throw new ConfigurationError(messages.noDefaultBranch(branch));
    let base = await git.tryMergeBase(head, target);
    if (!base && hasOrigin && (await git.isShallow())) {
        for (const depth of DEEPEN_STEPS) {
            logger.info(`No merge-base of ${request.headRef} and ${targetRef} in this shallow clone yet; fetching ${depth} more commits`);
            await git.tryFetch([`--deepen=${depth}`, "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
            base = await git.tryMergeBase(head, target);
            if (base)
                break;
            if (!(await git.isShallow()))
                break;
        }
        if (!base && (await git.isShallow())) {
            logger.info("Still no merge-base; fetching the full history");
            await git.tryFetch(["--unshallow", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
            base = await git.tryMergeBase(head, target);
        }
    }
    if (!base) {
        throw new ConfigurationError((await git.isShallow()) ? messages.shallowNoMergeBase(targetRef) : messages.noMergeBase(request.headRef, targetRef));
    }
    return { ref: `merge-base of ${request.headRef} and ${targetRef}`, commit: base };
}
async function defaultBranch(git, fromEvent) {
    const remoteHead = await git.tryRemoteHead("origin");
    if (remoteHead)
        return remoteHead.replace(/^origin\//, "");
    return fromEvent ?? "main";
}
/** Resolve a ref; if it names a remote branch we do not have yet, fetch it once. */
async function resolveOrFetch(git, ref, logger, branch) {
    const local = await git.tryResolveCommit(ref);
    if (local)
        return local;
    const name = branch ?? (ref.startsWith("origin/") ? ref.slice("origin/".length) : undefined);
    if (!name || !(await git.hasRemote("origin")))
        return undefined;
    logger.info(`Fetching ${ref} to find the baseline`);
    const shallow = await git.isShallow();
    const depthArgs = shallow ? ["--depth=1"] : [];
    if (!(await git.tryFetch([...depthArgs, "origin", `+refs/heads/${name}:refs/remotes/origin/${name}`])))
        return undefined;
    return git.tryResolveCommit(`origin/${name}`);
}

;// CONCATENATED MODULE: ./build/app/check.js
















/** git's well-known empty tree: the baseline of a repository's first commit. */
const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
/** Run the gate and return its report. Exit codes are the entry point's business. */
async function runGate(settings, deps) {
    return settings.baseline.kind === "file"
        ? gateAgainstFile(settings, settings.baseline.path, deps)
        : gateAgainstRevision(settings, deps);
}
function policyOf(settings) {
    return { severityLevel: settings.severityLevel, confidenceLevel: settings.confidenceLevel, nosec: settings.nosec };
}
function headLabel(settings) {
    return settings.head.kind === "commit" ? settings.head.ref : settings.head.kind === "index" ? "staged changes" : "working tree";
}
async function gateAgainstRevision(settings, deps) {
    const { git, logger } = deps;
    const notes = [];
    const headRef = settings.head.kind === "commit" ? settings.head.ref : "HEAD";
    const headCommit = await git.tryResolveCommit(headRef);
    let baseline;
    if (settings.head.kind === "index" && !headCommit && settings.baseline.kind !== "ref") {
        baseline = { ref: "empty repository (first commit)", commit: EMPTY_TREE };
    }
    else if (settings.baseline.kind === "ref" && settings.baseline.ref === "HEAD" && !headCommit) {
        baseline = { ref: "empty repository (first commit)", commit: EMPTY_TREE };
    }
    else {
        baseline = await resolveBaseline(git, {
            explicitRef: settings.baseline.kind === "ref" ? settings.baseline.ref : undefined,
            pullRequestBase: settings.pullRequestBase,
            defaultBranch: settings.defaultBranch,
            headRef,
        }, logger);
    }
    logger.info(`Baseline: ${baseline.ref} (${baseline.commit.slice(0, 12)})`);
    const changes = await git.diffNameStatus(baseline.commit, settings.head);
    if (settings.head.kind === "worktree") {
        const known = new Set(changes.map((c) => c.path));
        for (const path of await git.untrackedFiles())
            if (!known.has(path))
                changes.push({ status: "A", path });
    }
    const select = makeSelector(settings);
    const wanted = changes.filter((c) => c.status !== "D" && select(c.path) && mayBePython(c.path));
    const head = await loadHeadFiles(git, settings.head, wanted.map((c) => c.path));
    const disposers = [head.dispose];
    try {
        const python = new Set(pythonOnly(head, [...head.contents.keys()]));
        const judged = wanted.filter((c) => python.has(c.path) && inShard(c.path, settings.shard));
        const describe = { mode: "git", ref: baseline.ref, commit: baseline.commit };
        const scanned = {
            head: headLabel(settings),
            ...(headCommit && settings.head.kind !== "index" ? { head_commit: headCommit } : {}),
            files: judged.map((c) => c.path).sort(),
            baseline_files: 0,
            ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.total}` } : {}),
        };
        if (judged.length === 0) {
            logger.info("No changed Python files: nothing to judge");
            notes.push("No Python files changed between the baseline and head.");
            return buildReport({ regressions: [], fixed: [], unchanged: 0 }, {
                baseline: describe, scanned, banditVersion: "not run", failures: [], notes,
            });
        }
        const configSide = baseline.commit === EMPTY_TREE ? { kind: "index" } : { kind: "commit", commit: baseline.commit };
        const config = await loadBanditConfig(git, configSide);
        disposers.push(config.dispose);
        const headConfig = await loadBanditConfig(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
        disposers.push(headConfig.dispose);
        if (headConfig.digest !== config.digest) {
            notes.push(`The Bandit configuration differs on this branch (${headConfig.source}); both sides were scanned with the baseline's (${config.source}), so a branch cannot loosen its own check. The new configuration applies once it is merged.`);
        }
        const scanner = await deps.scanner(config);
        const renamedFrom = new Map();
        const baseSpecs = new Map();
        for (const change of judged) {
            if (change.status === "A")
                continue;
            const basePath = change.status === "R" && change.oldPath ? change.oldPath : change.path;
            if (change.status === "R" && change.oldPath)
                renamedFrom.set(change.path, change.oldPath);
            baseSpecs.set(basePath, `${baseline.commit}:${basePath}`);
        }
        const base = await materialise(git, baseSpecs, "base");
        disposers.push(base.dispose);
        scanned.baseline_files = base.contents.size;
        logger.info(`Scanning ${judged.length} changed Python file(s) at head and ${base.contents.size} at the baseline with Bandit ${scanner.version}`);
        const headFiles = scanned.files;
        const [headResult, baseResult] = await Promise.all([
            scanner.scan(head.root, headFiles),
            scanner.scan(base.root, [...base.contents.keys()].sort()),
        ]);
        const failures = headResult.failures.filter((f) => python.has(f.path));
        noteExcluded(headFiles, headResult, config.source, notes);
        for (const f of baseResult.failures) {
            notes.push(`Bandit could not scan the baseline version of ${f.path} (${f.reason}); every finding in it counts as new.`);
        }
        const headItems = fingerprintSide(headResult.findings, head, (p) => renamedFrom.get(p) ?? p);
        const baseItems = fingerprintSide(baseResult.findings, base, (p) => p);
        const verdict = judge(compareFindings(toBaselineEntries(baseItems), headItems), policyOf(settings));
        nameFunctions(verdict, head);
        return buildReport(verdict, { baseline: describe, scanned, banditVersion: scanner.version, failures, notes });
    }
    finally {
        for (const dispose of disposers.reverse())
            await dispose();
    }
}
async function gateAgainstFile(settings, file, deps) {
    const { git, logger } = deps;
    const stored = await readBaselineFile((0,external_node_path_namespaceObject.resolve)(settings.cwd, file));
    const select = makeSelector(settings);
    const inScope = (path) => select(path) && inShard(path, settings.shard);
    const candidates = (await listHeadFiles(git, settings.head)).filter((p) => inScope(p) && mayBePython(p));
    const head = await loadHeadFiles(git, settings.head, candidates);
    const disposers = [head.dispose];
    try {
        const files = pythonOnly(head, [...head.contents.keys()]).sort();
        const config = await loadBanditConfig(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
        disposers.push(config.dispose);
        const scanner = await deps.scanner(config);
        const notes = [];
        const reuse = stored.bandit_version === scanner.version && stored.config_digest === config.digest;
        if (!reuse) {
            notes.push(`The baseline file was made with Bandit ${stored.bandit_version} and configuration ${stored.config_digest}; ` +
                `this run uses Bandit ${scanner.version} and ${config.digest}, so every file was rescanned. Refresh it with \`bandit-gate baseline --output ${file}\`.`);
        }
        const present = new Set(files);
        const blobs = new Map(files.map((p) => [p, blobId(head.contents.get(p))]));
        // An unchanged file cannot hold a regression; a file moved unchanged keeps its old identity.
        const goneByBlob = new Map();
        for (const [path, entry] of Object.entries(stored.files)) {
            if (!present.has(path) && inScope(path))
                goneByBlob.set(entry.blob, path);
        }
        const unchangedFiles = [];
        const toScan = [];
        for (const path of files) {
            const blob = blobs.get(path);
            const same = stored.files[path]?.blob === blob ? path : goneByBlob.get(blob);
            if (reuse && same) {
                unchangedFiles.push({ path, storedPath: same });
                if (same !== path)
                    goneByBlob.delete(blob);
            }
            else {
                toScan.push(path);
            }
        }
        const movedAway = new Set(unchangedFiles.map((u) => u.storedPath));
        logger.info(`Scanning ${toScan.length} of ${files.length} Python file(s) that differ from the baseline file with Bandit ${scanner.version}`);
        const result = await scanner.scan(head.root, toScan);
        const headItems = fingerprintSide(result.findings, head, (p) => p);
        const baseEntries = toScan.flatMap((path) => (stored.files[path] ? storedEntries(path, stored.files[path]) : []));
        const verdict = judge(compareFindings(baseEntries, headItems), policyOf(settings));
        const gone = [];
        for (const [path, entry] of Object.entries(stored.files)) {
            if (!present.has(path) && !movedAway.has(path) && inScope(path))
                gone.push(...storedEntries(path, entry));
        }
        const untouched = unchangedFiles.flatMap((u) => storedEntries(u.path, stored.files[u.storedPath]));
        const untouchedVerdict = judge({ matched: [], added: [], removed: gone }, policyOf(settings));
        const steady = judge({ matched: untouched.map((e) => ({ base: e, head: asFingerprinted(e) })), added: [], removed: [] }, policyOf(settings));
        const combined = {
            regressions: verdict.regressions,
            fixed: [...verdict.fixed, ...untouchedVerdict.fixed],
            unchanged: verdict.unchanged + steady.unchanged,
        };
        nameFunctions(combined, head);
        const failures = result.failures.filter((f) => present.has(f.path));
        noteExcluded(toScan, result, config.source, notes);
        return buildReport(combined, {
            baseline: { mode: "file", file, bandit_version: stored.bandit_version },
            scanned: {
                head: headLabel(settings),
                files: toScan,
                baseline_files: 0,
                ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.total}` } : {}),
            },
            banditVersion: scanner.version,
            failures,
            notes,
        });
    }
    finally {
        for (const dispose of disposers.reverse())
            await dispose();
    }
}
/** A stored finding standing in for an identical head finding (same blob, same Bandit). */
function asFingerprinted(entry) {
    const finding = {
        path: entry.path,
        line: entry.line ?? 0,
        lineRange: [entry.line ?? 0],
        testId: entry.testId,
        testName: entry.testName,
        severity: entry.severity,
        confidence: entry.confidence,
        text: entry.text ?? "",
    };
    return { finding, key: entry.key, occurrence: 0, suppressed: entry.suppressed, source: [] };
}
async function readBaselineFile(path) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, "utf8");
    }
    catch {
        throw new ConfigurationError(messages.missingBaselineFile(path));
    }
    try {
        return parseBaselineFile(text);
    }
    catch (error) {
        if (error instanceof BaselineFileError)
            throw new ConfigurationError(messages.badBaselineFile(path, error.problems));
        throw error;
    }
}
/** Fingerprint every finding of one side, file by file, with that side's file text. */
function fingerprintSide(findings, side, identityPath) {
    const byPath = groupBy(findings, (f) => f.path);
    const items = [];
    for (const [path, list] of byPath) {
        const content = side.contents.get(path);
        if (!content)
            continue;
        items.push(...fingerprintFile(list, content.toString("utf8"), identityPath(path)));
    }
    return items;
}
/** Bandit drops files its configuration excludes without a word; say which. */
function noteExcluded(requested, result, source, notes) {
    const seen = new Set([...result.scanned, ...result.failures.map((f) => f.path)]);
    const dropped = requested.filter((p) => !seen.has(p));
    if (dropped.length > 0) {
        const list = dropped.slice(0, 10).join(", ") + (dropped.length > 10 ? `, and ${dropped.length - 10} more` : "");
        notes.push(`Bandit's configuration (${source}) excludes ${dropped.length} changed file(s), which were not judged: ${list}.`);
    }
}
function nameFunctions(verdict, head) {
    const lines = new Map();
    for (const r of verdict.regressions) {
        const path = r.finding.path;
        if (!lines.has(path))
            lines.set(path, splitLines(head.contents.get(path)?.toString("utf8") ?? ""));
        const name = enclosingFunction(lines.get(path), r.finding.line);
        if (name)
            r.function = name;
    }
}

;// CONCATENATED MODULE: ./build/app/baseline-command.js






/** `bandit-gate baseline`: scan every Python file of the tree and store identities, not text. */
async function runBaselineCommand(settings, deps) {
    const { git, logger } = deps;
    const select = makeSelector(settings);
    const candidates = (await listHeadFiles(git, settings.head)).filter((p) => select(p) && mayBePython(p));
    const head = await loadHeadFiles(git, settings.head, candidates);
    const config = await loadBanditConfig(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
    try {
        const files = pythonOnly(head, [...head.contents.keys()]).sort();
        const scanner = await deps.scanner(config);
        logger.info(`Scanning ${files.length} Python file(s) with Bandit ${scanner.version}`);
        const result = await scanner.scan(head.root, files);
        const items = fingerprintSide(result.findings, head, (p) => p);
        const byPath = groupBy(items, (item) => item.finding.path);
        const stored = buildBaselineFile(scanner.version, config.digest, files.map((path) => ({ path, blob: blobId(head.contents.get(path)), findings: byPath.get(path) ?? [] })));
        return {
            text: serialiseBaselineFile(stored),
            files: files.length,
            findings: items.length,
            banditVersion: scanner.version,
            failures: result.failures,
        };
    }
    finally {
        await config.dispose();
        await head.dispose();
    }
}

;// CONCATENATED MODULE: ./build/core/bandit-json.js

/**
 * Parse the JSON report of any supported Bandit version (1.7.0 onwards; older reports parse too).
 * Fields that later versions added (`col_offset`, `more_info`, `issue_cwe`, `end_col_offset`)
 * are optional; metrics are ignored because their number types changed between versions.
 * Throws BanditOutputError when the text is not a Bandit report.
 */
function parseBanditJson(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new BanditOutputError(`not JSON (${error.message})`);
    }
    if (!isObject(doc) || !Array.isArray(doc.results)) {
        throw new BanditOutputError("no `results` array");
    }
    const findings = doc.results.map((raw, index) => parseResult(raw, index));
    const errors = Array.isArray(doc.errors) ? doc.errors : [];
    const failures = errors.map((raw) => ({
        path: normalisePath(String(isObject(raw) ? raw.filename ?? "" : "")),
        reason: String(isObject(raw) ? raw.reason ?? "unknown error" : raw),
    }));
    const metrics = isObject(doc.metrics) ? Object.keys(doc.metrics).filter((k) => k !== "_totals") : [];
    return { findings, failures, scanned: metrics.map(normalisePath) };
}
class BanditOutputError extends Error {
    name = "BanditOutputError";
}
function parseResult(raw, index) {
    if (!isObject(raw))
        throw new BanditOutputError(`results[${index}] is not an object`);
    const line = toInt(raw.line_number);
    const testId = raw.test_id;
    if (line === undefined || typeof testId !== "string" || typeof raw.filename !== "string") {
        throw new BanditOutputError(`results[${index}] lacks filename, line_number or test_id`);
    }
    const range = Array.isArray(raw.line_range)
        ? raw.line_range.map(toInt).filter((n) => n !== undefined && n > 0)
        : [];
    const lineRange = range.length > 0 ? [...new Set(range)].sort((a, b) => a - b) : [line];
    const finding = {
        path: normalisePath(raw.filename),
        line,
        lineRange,
        testId,
        testName: typeof raw.test_name === "string" ? raw.test_name : testId,
        severity: toLevel(raw.issue_severity),
        confidence: toLevel(raw.issue_confidence),
        text: typeof raw.issue_text === "string" ? raw.issue_text : "",
    };
    const column = toInt(raw.col_offset);
    if (column !== undefined)
        finding.column = column;
    if (isObject(raw.issue_cwe)) {
        const cwe = toInt(raw.issue_cwe.id);
        if (cwe !== undefined && cwe > 0)
            finding.cwe = cwe;
    }
    if (typeof raw.more_info === "string" && raw.more_info !== "")
        finding.moreInfo = raw.more_info;
    return finding;
}
function toLevel(value) {
    const upper = typeof value === "string" ? value.toUpperCase() : "";
    return upper === "LOW" || upper === "MEDIUM" || upper === "HIGH" ? upper : "UNDEFINED";
}
function toInt(value) {
    if (typeof value === "number" && Number.isFinite(value))
        return Math.trunc(value);
    if (typeof value === "string" && /^\d+$/.test(value))
        return Number(value);
    return undefined;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * First line of `bandit --version` -> `1.9.4`. The first word is argparse's program name, so
 * it reads `__main__.py 1.9.4` under `python -m bandit`; only the version is trusted.
 */
function parseBanditVersion(output) {
    const first = output.split(/\r?\n/, 1)[0] ?? "";
    return /^\S+\s+(\d+\.\d+\.\d+\S*)\s*$/.exec(first.trim())?.[1];
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./build/adapters/process.js

/** The program could not be started at all (not installed, not executable). */
class CommandNotFoundError extends Error {
    command;
    reason;
    name = "CommandNotFoundError";
    constructor(command, reason) {
        super(`${command}: ${reason.message}`);
        this.command = command;
        this.reason = reason;
    }
}
/** Run a program without a shell and collect its output. Never throws for a non-zero exit. */
function runCommand(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ["pipe", "pipe", "pipe"],
        });
        const out = [];
        const err = [];
        child.stdout.on("data", (chunk) => out.push(chunk));
        child.stderr.on("data", (chunk) => err.push(chunk));
        child.on("error", (error) => {
            if (error.code === "ENOENT" || error.code === "EACCES")
                reject(new CommandNotFoundError(command, error));
            else
                reject(error);
        });
        child.stdin.on("error", () => {
            /* the program may exit before reading its input; its exit code tells the story */
        });
        child.on("close", (code, signal) => {
            const stdoutBuffer = Buffer.concat(out);
            resolve({
                code: code ?? (signal ? 128 : 1),
                stdout: options.binary ? stdoutBuffer.toString("latin1") : stdoutBuffer.toString("utf8"),
                stdoutBuffer,
                stderr: Buffer.concat(err).toString("utf8"),
            });
        });
        child.stdin.end(options.input ?? "");
    });
}
/** The last meaningful line a failed tool printed: what a user needs in one line. */
function lastMeaningfulLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "" && !/^(Traceback|File ")/.test(l));
    return lines[lines.length - 1] ?? "";
}
/** Split a command given as one string (`python3 -m bandit`), honouring simple quotes. */
function splitCommand(text) {
    const words = [];
    const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
    let match;
    while ((match = pattern.exec(text)) !== null)
        words.push(match[1] ?? match[2] ?? match[3] ?? "");
    return words;
}

;// CONCATENATED MODULE: ./build/adapters/bandit.js






/**
 * Bandit excludes by substring by default, so its default list (`.git`, ...) drops files under
 * `.github/`. Naming files explicitly does not help; an exclude that can match no path does.
 */
const MATCH_NOTHING_EXCLUDE = "/nonexistent/bandit-gate-excludes-nothing";
/** `bandit --version` -> version, or a CommandNotFoundError when it cannot start. */
async function probeBandit(argv, env) {
    const [program, ...pre] = argv;
    if (!program)
        return undefined;
    try {
        const result = await runCommand(program, [...pre, "--version"], { env });
        const version = parseBanditVersion(result.stdout) ?? parseBanditVersion(result.stderr);
        return result.code === 0 && version ? { argv: [...argv], version } : undefined;
    }
    catch (error) {
        if (error instanceof CommandNotFoundError)
            return undefined;
        throw error;
    }
}
class BanditRunner {
    command;
    options;
    constructor(command, options) {
        this.command = command;
        this.options = options;
    }
    get version() {
        return this.command.version;
    }
    /** Scan `files` (paths relative to `root`); Bandit's paths come back relative to `root`. */
    async scan(root, files) {
        if (files.length === 0)
            return { findings: [], failures: [], scanned: [] };
        const chunks = splitIntoChunks(files, {
            processes: this.options.jobs,
            maxArgChars: this.options.maxArgChars ?? 60_000,
            minFilesPerProcess: this.options.minFilesPerProcess ?? 16,
        });
        const results = await mapLimit(chunks, Math.max(1, this.options.jobs), (chunk) => this.scanChunk(root, chunk));
        return {
            findings: results.flatMap((r) => r.findings),
            failures: results.flatMap((r) => r.failures),
            scanned: results.flatMap((r) => r.scanned),
        };
    }
    async scanChunk(root, files) {
        const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), "bandit-gate-out-"));
        const output = (0,external_node_path_namespaceObject.join)(dir, "bandit.json");
        try {
            const [program, ...pre] = this.command.argv;
            const args = [...pre, "-f", "json", "-o", output, "-q", "--ignore-nosec", "-x", MATCH_NOTHING_EXCLUDE];
            if (this.options.config.kind === "pyproject")
                args.push("-c", this.options.config.file);
            if (this.options.config.kind === "ini")
                args.push("--ini", this.options.config.file);
            args.push("--", ...files);
            let result;
            try {
                result = await runCommand(program, args, { cwd: root });
            }
            catch (error) {
                if (error instanceof CommandNotFoundError)
                    throw new ScanError(`Bandit could not be started (${error.message})`);
                throw error;
            }
            let text;
            try {
                text = await (0,promises_namespaceObject.readFile)(output, "utf8");
            }
            catch {
                throw new ScanError(`Bandit exited ${result.code} without writing a report: ${lastMeaningfulLine(result.stderr) || lastMeaningfulLine(result.stdout) || "no message"}`);
            }
            try {
                return parseBanditJson(text);
            }
            catch (error) {
                if (error instanceof BanditOutputError)
                    throw new ScanError(`Bandit wrote an unreadable report: ${error.message}`);
                throw error;
            }
        }
        finally {
            await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        }
    }
}
/**
 * Split files into chunks: one per process when there are enough files to pay for Bandit's
 * start-up, more when the command line would get too long. Order is kept.
 */
function splitIntoChunks(files, limits) {
    const wanted = Math.max(1, Math.min(limits.processes, Math.floor(files.length / limits.minFilesPerProcess)));
    const perChunk = Math.ceil(files.length / wanted);
    const chunks = [];
    let current = [];
    let chars = 0;
    for (const file of files) {
        if (current.length > 0 && (current.length >= perChunk || chars + file.length + 1 > limits.maxArgChars)) {
            chunks.push(current);
            current = [];
            chars = 0;
        }
        current.push(file);
        chars += file.length + 1;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    });
    await Promise.all(workers);
    return results;
}

;// CONCATENATED MODULE: ./build/adapters/git.js




/**
 * Git, run as a program in one repository. Read-only except for `fetch`. Hooks run with
 * GIT_DIR, GIT_INDEX_FILE and friends set, sometimes as relative paths; they are made absolute
 * once here so that git invoked from anywhere reads the same repository and index.
 */
class Git {
    root;
    env;
    constructor(root, env = process.env) {
        this.root = root;
        this.env = absolutiseGitEnv(env, root);
    }
    /** The top level of the work tree containing `cwd`, or a ConfigurationError. */
    static async open(cwd, env = process.env) {
        const result = await runGit(["rev-parse", "--show-toplevel"], cwd, absolutiseGitEnv(env, cwd));
        if (result.code !== 0) {
            throw new ConfigurationError(`${cwd} is not inside a git repository (${lastMeaningfulLine(result.stderr)}); run bandit-gate from your repository's work tree`);
        }
        return new Git(result.stdout.trim(), env);
    }
    async exec(args, options = {}) {
        return runGit(args, this.root, this.env, options);
    }
    /** Run git and throw with git's own last line when it fails. */
    async execOk(args, options = {}) {
        const result = await this.exec(args, options);
        if (result.code !== 0) {
            throw new GitError(`git ${args[0]} failed (exit ${result.code}): ${lastMeaningfulLine(result.stderr) || "no message"}`);
        }
        return result;
    }
    /** The commit a ref names, or undefined. */
    async tryResolveCommit(ref) {
        const result = await this.exec(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    async tryMergeBase(a, b) {
        const result = await this.exec(["merge-base", a, b]);
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    async isShallow() {
        const result = await this.exec(["rev-parse", "--is-shallow-repository"]);
        return result.stdout.trim() === "true";
    }
    async hasRemote(name) {
        const result = await this.exec(["remote"]);
        return result.stdout.split(/\r?\n/).includes(name);
    }
    /** `refs/remotes/origin/HEAD` -> `origin/main`, when the clone recorded it. */
    async tryRemoteHead(remote) {
        const result = await this.exec(["symbolic-ref", "--quiet", "--short", `refs/remotes/${remote}/HEAD`]);
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    /** Fetch; returns false (not throwing) when the remote refuses, so callers can fall back. */
    async tryFetch(args) {
        const result = await this.exec(["fetch", "--no-tags", "--quiet", ...args]);
        return result.code === 0;
    }
    async hasHead() {
        return (await this.tryResolveCommit("HEAD")) !== undefined;
    }
    /** Changed paths between a baseline commit and the head side, renames tracked. */
    async diffNameStatus(base, head) {
        const args = ["-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--name-status", "-M", "-z"];
        if (head.kind === "index")
            args.push("--cached", base);
        else if (head.kind === "worktree")
            args.push(base);
        else
            args.push(base, head.ref);
        args.push("--");
        return parseNameStatus((await this.execOk(args)).stdout);
    }
    /** Untracked files that are not ignored (new files in a work tree). */
    async untrackedFiles() {
        const result = await this.execOk(["ls-files", "-z", "--others", "--exclude-standard"]);
        return splitZ(result.stdout).map(normalisePath);
    }
    /** Every tracked path at a commit, or in the index when `ref` is undefined. */
    async listFiles(ref) {
        const result = ref
            ? await this.execOk(["ls-tree", "-r", "-z", "--name-only", "--full-tree", ref])
            : await this.execOk(["ls-files", "-z", "--cached"]);
        return splitZ(result.stdout).map(normalisePath);
    }
    /** Blob ids of paths in the index (`git ls-files -s`). */
    async indexBlobIds() {
        const result = await this.execOk(["ls-files", "-z", "-s"]);
        const ids = new Map();
        for (const record of splitZ(result.stdout)) {
            const match = /^\d+ ([0-9a-f]+) 0\t(.*)$/s.exec(record);
            if (match?.[1] && match[2])
                ids.set(normalisePath(match[2]), match[1]);
        }
        return ids;
    }
    /**
     * Read many objects in one `git cat-file --batch`: `commit:path` or `:path` (index) specs.
     * Missing objects map to undefined.
     */
    async readObjects(specs) {
        const out = new Map();
        if (specs.length === 0)
            return out;
        for (const spec of specs) {
            if (spec.includes("\n"))
                throw new GitError(`cannot read a path containing a newline: ${JSON.stringify(spec)}`);
        }
        const result = await this.execOk(["cat-file", "--batch"], { input: `${specs.join("\n")}\n`, binary: true });
        const buffer = result.stdoutBuffer;
        let offset = 0;
        for (const spec of specs) {
            const newline = buffer.indexOf(0x0a, offset);
            if (newline === -1)
                throw new GitError("git cat-file --batch ended early");
            const header = buffer.subarray(offset, newline).toString("utf8");
            offset = newline + 1;
            const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
            if (!match) {
                out.set(spec, undefined);
                continue;
            }
            const size = Number(match[3]);
            out.set(spec, { id: match[1], content: Buffer.from(buffer.subarray(offset, offset + size)) });
            offset += size + 1;
        }
        return out;
    }
}
class GitError extends Error {
    name = "GitError";
}
async function runGit(args, cwd, env, options = {}) {
    try {
        return await runCommand("git", args, { cwd, env: { ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }, ...options });
    }
    catch (error) {
        if (error instanceof CommandNotFoundError) {
            throw new ConfigurationError("git was not found on PATH; install git (e.g. `apt-get install git`) and try again");
        }
        throw error;
    }
}
const PATH_VARIABLES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"];
/** Relative GIT_* paths are relative to where the hook started: pin them before we change cwd. */
function absolutiseGitEnv(env, base) {
    const copy = { ...env };
    for (const name of PATH_VARIABLES) {
        const value = copy[name];
        if (value && !(0,external_node_path_namespaceObject.isAbsolute)(value))
            copy[name] = (0,external_node_path_namespaceObject.resolve)(base, value);
    }
    return copy;
}
function parseNameStatus(output) {
    const fields = output.split("\0");
    const changes = [];
    for (let i = 0; i < fields.length;) {
        const status = fields[i] ?? "";
        if (status === "") {
            i += 1;
            continue;
        }
        const letter = status[0];
        if (letter === "R" || letter === "C") {
            const oldPath = fields[i + 1] ?? "";
            const path = fields[i + 2] ?? "";
            changes.push({ status: letter, path: normalisePath(path), oldPath: normalisePath(oldPath) });
            i += 3;
        }
        else {
            changes.push({ status: letter, path: normalisePath(fields[i + 1] ?? "") });
            i += 2;
        }
    }
    return changes;
}
function splitZ(text) {
    return text.split("\0").filter((s) => s !== "");
}

;// CONCATENATED MODULE: ./build/adapters/bandit-provision.js





/**
 * Install a pinned Bandit into a private virtual environment under `dir` (the runner's temp
 * dir for the Action, the user's cache dir for the hook) and reuse it afterwards. System
 * Pythons on Ubuntu refuse `pip install` outside a venv (PEP 668), so a venv is the only
 * portable place. Concurrent first runs are serialised by a lock directory.
 */
async function provisionBandit(dir, version, logger, python = process.platform === "win32" ? "python" : "python3") {
    const venv = (0,external_node_path_namespaceObject.join)(dir, `bandit-${version}`);
    const bandit = (0,external_node_path_namespaceObject.join)(venv, process.platform === "win32" ? "Scripts/bandit.exe" : "bin/bandit");
    const ready = await probeBandit([bandit]);
    if (ready)
        return ready;
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const lock = (0,external_node_path_namespaceObject.join)(dir, `bandit-${version}.lock`);
    await acquireLock(lock);
    try {
        const again = await probeBandit([bandit]);
        if (again)
            return again;
        logger.info(`Bandit ${version} is not installed; installing it once into ${venv} (reused afterwards)`);
        // A venv's scripts name the venv's own path in their shebang, so it is built where it stays;
        // a half-built one from a crashed run is removed first and on failure.
        await (0,promises_namespaceObject.rm)(venv, { recursive: true, force: true });
        try {
            await run(python, ["-m", "venv", venv], `create a virtual environment with ${python}`);
            const venvPython = (0,external_node_path_namespaceObject.join)(venv, process.platform === "win32" ? "Scripts/python.exe" : "bin/python");
            await run(venvPython, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", `bandit[toml]==${version}`], `install bandit==${version} with pip`);
        }
        catch (error) {
            await (0,promises_namespaceObject.rm)(venv, { recursive: true, force: true });
            throw error;
        }
        const installed = await probeBandit([bandit]);
        if (!installed)
            throw new ConfigurationError(`installed Bandit ${version} into ${venv}, but it does not run; delete ${venv} and try again`);
        return installed;
    }
    finally {
        await (0,promises_namespaceObject.rm)(lock, { recursive: true, force: true });
    }
}
async function run(program, args, what) {
    try {
        const result = await runCommand(program, args);
        if (result.code !== 0) {
            throw new ConfigurationError(`could not ${what} (exit ${result.code}): ${lastMeaningfulLine(result.stderr) || lastMeaningfulLine(result.stdout)}`);
        }
    }
    catch (error) {
        if (error instanceof CommandNotFoundError) {
            throw new ConfigurationError(`${program} was not found, and bandit-gate needs Python 3.10 or newer to run Bandit; install Python 3 (e.g. \`apt-get install python3 python3-venv\`) or point --bandit at an existing Bandit`);
        }
        throw error;
    }
}
/** mkdir is atomic: whoever creates the directory holds the lock. Stale locks expire. */
async function acquireLock(lock) {
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
        try {
            await (0,promises_namespaceObject.mkdir)(lock);
            await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.join)(lock, "pid"), String(process.pid));
            return;
        }
        catch (error) {
            if (error.code !== "EEXIST")
                throw error;
            const info = await (0,promises_namespaceObject.stat)(lock).catch(() => undefined);
            if (info && Date.now() - info.mtimeMs > 10 * 60_000) {
                await (0,promises_namespaceObject.rename)(lock, `${lock}.stale-${process.pid}`).catch(() => undefined);
                await (0,promises_namespaceObject.rm)(`${lock}.stale-${process.pid}`, { recursive: true, force: true });
                continue;
            }
            if (Date.now() > deadline)
                throw new ConfigurationError(`another bandit-gate is still installing Bandit (lock ${lock}); remove it if no install is running`);
            await new Promise((r) => setTimeout(r, 500));
        }
    }
}

;// CONCATENATED MODULE: ./build/app/locate-bandit.js





/**
 * Find Bandit: the configured command, then $BANDIT_GATE_BANDIT, then `bandit` on PATH, then
 * `python3 -m bandit`; then (Action, hook) a pinned install of our own; else a clear error.
 */
async function locateBandit(location, logger) {
    for (const configured of [location.explicit, location.fromEnv]) {
        if (!configured?.trim())
            continue;
        const found = await probeBandit(splitCommand(configured), location.env);
        if (!found)
            throw new ConfigurationError(messages.banditUnusable(configured));
        return found;
    }
    for (const argv of [["bandit"], ["python3", "-m", "bandit"]]) {
        const found = await probeBandit(argv, location.env);
        if (found)
            return found;
    }
    if (location.provision)
        return provisionBandit(location.provision.dir, location.provision.version, logger);
    throw new ConfigurationError(messages.banditMissing(PINNED_BANDIT_VERSION));
}

;// CONCATENATED MODULE: ./build/app/compose.js




/** Wire the real adapters together for one run. Bandit is located lazily: only if a scan is needed. */
async function realGateDeps(settings, bandit, logger, env = process.env) {
    const git = await Git.open(settings.cwd, env);
    return {
        git,
        logger,
        scanner: async (config) => {
            const command = await locateBandit(bandit, logger);
            return new BanditRunner(command, { config: config.config, jobs: settings.jobs });
        },
    };
}
function defaultJobs() {
    return Math.max(1, (0,external_node_os_namespaceObject.availableParallelism)());
}

;// CONCATENATED MODULE: ./build/core/render-markdown.js

/** GitHub caps a step summary at 1 MiB; stay well inside it and say what was left out. */
const MAX_ROWS = 1000;
/** The job summary: a table of every regression (annotations are capped; this is not). */
function renderMarkdown(report) {
    const failed = report.counts.regressions > 0;
    const out = [];
    out.push(`## bandit-gate: ${failed ? "❌" : report.scan_errors.length > 0 ? "⚠️" : "✅"} ${escapeCell(headline(report))}`);
    out.push("");
    out.push(`Baseline: ${escapeCell(describeBaseline(report.baseline))} · head: ${escapeCell(report.scanned.head)}` +
        `${report.scanned.shard ? ` · shard ${report.scanned.shard}` : ""} · Bandit ${escapeCell(report.bandit_version)}`);
    out.push("");
    if (failed) {
        out.push("| Kind | Location | Rule | Severity | Confidence | Issue |");
        out.push("| --- | --- | --- | --- | --- | --- |");
        for (const r of report.regressions.slice(0, MAX_ROWS)) {
            const kind = r.kind === "escalated" ? `escalated (was ${r.baseline_severity ?? "?"})` : r.kind;
            const scope = r.function ? ` in \`${escapeCode(r.function)}\`` : "";
            const code = r.code.map((l) => l.trim()).filter(Boolean).join(" ");
            out.push(`| ${kind} | \`${escapeCode(r.path)}:${r.line}\`${scope} | ${r.test_id} ${escapeCell(r.test_name)} | ` +
                `${r.severity} | ${r.confidence} | ${escapeCell(r.text)}${r.cwe ? ` (CWE-${r.cwe})` : ""}` +
                `${code ? `<br>\`${escapeCode(truncate(code, 160))}\`` : ""} |`);
        }
        if (report.regressions.length > MAX_ROWS) {
            out.push("");
            out.push(`…and ${report.regressions.length - MAX_ROWS} more: see the JSON report for the complete list.`);
        }
        out.push("");
        out.push("Each row is a finding the branch introduced (**new**), made more severe (**escalated**) or hid " +
            "behind a `# nosec` comment that was not there at the baseline (**suppressed**). Fix the code; " +
            "do not silence it.");
        out.push("");
    }
    if (report.scan_errors.length > 0) {
        out.push("### Files Bandit could not scan");
        for (const f of report.scan_errors)
            out.push(`- \`${escapeCode(f.path)}\`: ${escapeCell(f.reason)}`);
        out.push("");
    }
    out.push(`Fixed: ${report.counts.fixed} · unchanged: ${report.counts.unchanged} · files judged: ${report.scanned.files.length}`);
    for (const note of report.notes)
        out.push(`\n> ${escapeCell(note)}`);
    return `${out.join("\n")}\n`;
}
function escapeCell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeCode(text) {
    return text.replace(/\|/g, "\\|").replace(/`/g, "'").replace(/\r?\n/g, " ");
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./build/core/render-sarif.js
const LEVEL = { HIGH: "error", MEDIUM: "warning", LOW: "note" };
const SECURITY_SEVERITY = { HIGH: "8.0", MEDIUM: "5.5", LOW: "3.0" };
/**
 * SARIF 2.1.0 for code scanning: one result per regression, with partialFingerprints from the
 * gate's identity so that code scanning tracks an alert across line shifts.
 */
function renderSarif(report, options) {
    const ruleIds = [...new Set(report.regressions.map((r) => r.test_id))].sort();
    const rules = ruleIds.map((id) => {
        const sample = report.regressions.find((r) => r.test_id === id);
        const rule = {
            id,
            name: sample?.test_name ?? id,
            shortDescription: { text: `${id}: ${sample?.test_name ?? id}` },
            properties: {
                tags: ["security", ...(sample?.cwe ? [`external/cwe/cwe-${sample.cwe}`] : [])],
                "security-severity": SECURITY_SEVERITY[sample?.severity ?? ""] ?? "5.0",
            },
        };
        if (sample?.more_info)
            rule.helpUri = sample.more_info;
        return rule;
    });
    const results = report.regressions.map((r) => ({
        ruleId: r.test_id,
        ruleIndex: ruleIds.indexOf(r.test_id),
        level: LEVEL[r.severity] ?? "warning",
        message: {
            text: `${r.kind === "new" ? "New" : r.kind === "escalated" ? `Escalated from ${r.baseline_severity}` : "Newly suppressed with # nosec"}: ${r.text}`,
        },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUri(r.path), uriBaseId: "%SRCROOT%" },
                    region: {
                        startLine: r.line,
                        endLine: Math.max(r.end_line, r.line),
                        ...(r.column !== undefined ? { startColumn: r.column + 1 } : {}),
                    },
                },
            },
        ],
        partialFingerprints: { "banditGateIdentity/v1": r.fingerprint },
        properties: { kind: r.kind, severity: r.severity, confidence: r.confidence },
    }));
    const sarif = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "bandit-gate",
                        version: options.toolVersion,
                        informationUri: "https://github.com/PyCQA/bandit",
                        rules,
                    },
                },
                automationDetails: { id: `bandit-gate/${report.scanned.shard ?? "all"}/` },
                results,
                properties: { bandit_version: report.bandit_version },
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}
function encodeUri(path) {
    return path.split("/").map(encodeURIComponent).join("/");
}

;// CONCATENATED MODULE: ./build/core/render-text.js


const ANSI = { red: "\x1b[31m", yellow: "\x1b[33m", green: "\x1b[32m", dim: "\x1b[2m", bold: "\x1b[1m", reset: "\x1b[0m" };
/** For a terminal: regressions grouped by file, each with its flagged source. */
function renderText(report, options) {
    const paint = (code, text) => (options.colour ? `${ANSI[code]}${text}${ANSI.reset}` : text);
    const out = [];
    const byFile = groupByPath(report.regressions);
    for (const [path, list] of byFile) {
        out.push(paint("bold", path));
        for (const r of list) {
            const where = `${r.line}${r.column !== undefined ? `:${r.column + 1}` : ""}`;
            const kind = r.kind === "escalated" ? `escalated from ${r.baseline_severity ?? "?"}` : r.kind;
            const scope = r.function ? ` in ${r.function}()` : "";
            out.push(`  ${where.padEnd(7)} ${paint(r.severity === "HIGH" ? "red" : "yellow", `${r.test_id} ${r.severity}`)} ` +
                `(confidence ${r.confidence}) [${kind}]${scope}`);
            out.push(`          ${r.text}${r.cwe ? ` (CWE-${r.cwe})` : ""}`);
            for (const line of r.code)
                out.push(paint("dim", `          > ${line.trim()}`));
        }
        out.push("");
    }
    for (const failure of report.scan_errors) {
        out.push(paint("red", `could not scan ${failure.path}: ${failure.reason}`));
    }
    for (const note of report.notes)
        out.push(paint("dim", `note: ${note}`));
    const verdict = report.counts.regressions > 0 ? paint("red", "FAIL") : paint("green", "PASS");
    out.push(`bandit-gate ${verdict}: ${headline(report)}; baseline ${describeBaseline(report.baseline)}`);
    return `${out.join("\n")}\n`;
}
function groupByPath(list) {
    return groupBy(list, (r) => r.path);
}

;// CONCATENATED MODULE: ./build/core/render.js




const REPORT_FORMATS = ["text", "json", "sarif", "markdown"];
function renderReport(report, format, options) {
    switch (format) {
        case "json":
            return renderJson(report);
        case "sarif":
            return renderSarif(report, { toolVersion: options.toolVersion });
        case "markdown":
            return renderMarkdown(report);
        case "text":
            return renderText(report, { colour: options.colour });
    }
}

;// CONCATENATED MODULE: ./build/core/version.js
/** This tool's version, reported in SARIF and --version. Kept in step with package.json by a test. */
const TOOL_VERSION = "0.1.0";

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./build/entry/cli-args.js







/** Flags shared by every command that runs the gate (`check`, `fix`, the hook). */
const GATE_OPTIONS = {
    base: { type: "string" },
    baseline: { type: "string" },
    head: { type: "string" },
    "severity-level": { type: "string" },
    "confidence-level": { type: "string" },
    nosec: { type: "string" },
    include: { type: "string", multiple: true },
    exclude: { type: "string", multiple: true },
    bandit: { type: "string" },
    "allow-scan-errors": { type: "boolean" },
    jobs: { type: "string" },
    shard: { type: "string" },
    help: { type: "boolean", short: "h" },
};
const OUTPUT_OPTIONS = {
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
};
/** Parse argv strictly; unknown flags are usage errors naming the flag. */
function parseCommandLine(argv, options) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new ConfigurationError(`${error.message}; see --help`);
    }
}
/**
 * Build the gate's settings from flag values. Every problem is collected, then reported at once.
 * `repoRoot` turns PATHS given relative to `cwd` into repository paths.
 */
function gateSettingsFromFlags(values, positionals, context) {
    const problems = [];
    const threshold = (flag, value) => {
        if (value === undefined)
            return "all";
        const lower = value.toLowerCase();
        if (isThreshold(lower))
            return lower;
        problems.push(`--${flag} must be one of all, low, medium, high (got "${value}")`);
        return "all";
    };
    const severityLevel = threshold("severity-level", values["severity-level"]);
    const confidenceLevel = threshold("confidence-level", values["confidence-level"]);
    let nosec = "new-is-regression";
    if (values.nosec !== undefined) {
        if (NOSEC_POLICIES.includes(values.nosec))
            nosec = values.nosec;
        else
            problems.push(`--nosec must be "honor" or "new-is-regression" (got "${values.nosec}")`);
    }
    if (values.base !== undefined && values.baseline !== undefined) {
        problems.push("--base and --baseline are alternatives: compare with a git revision or with a baseline file, not both");
    }
    let jobs = defaultJobs();
    if (values.jobs !== undefined) {
        const n = Number(values.jobs);
        if (Number.isInteger(n) && n >= 1 && n <= 256)
            jobs = n;
        else
            problems.push(`--jobs must be a whole number from 1 to 256 (got "${values.jobs}")`);
    }
    let shard;
    if (values.shard !== undefined) {
        shard = parseShard(values.shard);
        if (!shard)
            problems.push(`--shard must be i/n with 1 <= i <= n (got "${values.shard}")`);
    }
    const paths = positionals.map((p) => (0,external_node_path_namespaceObject.relative)(context.repoRoot, (0,external_node_path_namespaceObject.resolve)(context.cwd, p)).split("\\").join("/"));
    for (const [i, p] of paths.entries()) {
        if (p.startsWith(".."))
            problems.push(`path "${positionals[i]}" is outside the repository ${context.repoRoot}`);
    }
    if (problems.length > 0)
        throw new ConfigurationError(problems.join("\n"));
    return {
        cwd: context.cwd,
        baseline: values.baseline !== undefined
            ? { kind: "file", path: values.baseline }
            : values.base !== undefined
                ? { kind: "ref", ref: values.base }
                : { kind: "auto" },
        head: values.head !== undefined ? { kind: "commit", ref: values.head } : (context.head ?? { kind: "worktree" }),
        include: values.include ?? [],
        exclude: values.exclude ?? [],
        paths: paths.filter((p) => p !== ""),
        severityLevel,
        confidenceLevel,
        nosec,
        allowScanErrors: values["allow-scan-errors"] === true,
        jobs,
        ...(shard ? { shard } : {}),
    };
}
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (!match)
        return undefined;
    const index = Number(match[1]);
    const total = Number(match[2]);
    return index >= 1 && total >= 1 && index <= total ? { index, total } : undefined;
}
function parseFormat(value, fallback) {
    if (value === undefined)
        return fallback;
    if (REPORT_FORMATS.includes(value))
        return value;
    throw new ConfigurationError(`--format must be one of ${REPORT_FORMATS.join(", ")} (got "${value}")`);
}

;// CONCATENATED MODULE: ./build/entry/console-logger.js
/** Progress on stderr, so stdout stays the report. */
class ConsoleLogger {
    write;
    options;
    constructor(write, options) {
        this.write = write;
        this.options = options;
    }
    info(message) {
        if (!this.options.quiet)
            this.write(`bandit-gate: ${message}\n`);
    }
    warning(message) {
        this.write(`bandit-gate: warning: ${message}\n`);
    }
    error(message) {
        this.write(`bandit-gate: error: ${message}\n`);
    }
    debug(message) {
        if (this.options.debug)
            this.write(`bandit-gate: debug: ${message}\n`);
    }
}

;// CONCATENATED MODULE: ./build/entry/cli-help.js

const GATE_FLAGS = `  --base REF               compare with exactly this revision (default: the merge-base of
                           HEAD with the default branch: origin/HEAD, else main)
  --baseline FILE          compare with a stored baseline file instead of a git revision
  --head REF               judge this commit instead of the working tree
  --severity-level L       report regressions of at least this severity: all|low|medium|high (all)
  --confidence-level L     ... and at least this confidence: all|low|medium|high (all)
  --nosec P                new-is-regression (default): a # nosec the branch added is a regression;
                           honor: every # nosec is honoured, as Bandit does
  --include GLOB           judge only files matching GLOB (repeatable)
  --exclude GLOB           skip files matching GLOB (repeatable)
  --bandit CMD             the Bandit to run (else $BANDIT_GATE_BANDIT, bandit on PATH,
                           python3 -m bandit)
  --allow-scan-errors      report files Bandit could not scan, but do not fail on them
  --jobs N                 Bandit processes at once (default: one per core)
  --shard i/n              judge only part i of n of the changed files (matrix jobs)`;
const HELP = {
    main: `bandit-gate: fail a branch that makes Python code less secure, by Bandit's measure.

Usage:
  bandit-gate check [options] [PATHS...]     gate the changes against the baseline
  bandit-gate baseline --output FILE          store a baseline file for the current tree
  bandit-gate <command> --help                options of one command
  bandit-gate --version

Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a changed file, 4 internal error.
`,
    check: `Usage: bandit-gate check [options] [PATHS...]

Runs Bandit on the Python files changed between the baseline and head (the working tree by
default), matches findings across both, and fails on new findings, escalated severities and
new # nosec suppressions. PATHS restricts the check to those files or folders.

Options:
${GATE_FLAGS}
  -f, --format F           text|json|sarif|markdown (text)
  -o, --output FILE        write the report there (the terminal gets the text summary)
  -q, --quiet              no progress messages on stderr
  -h, --help               this help

Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a changed file (unless --allow-scan-errors), 4 internal error.
Bandit: install it with  python3 -m pip install "bandit[toml]==${PINNED_BANDIT_VERSION}"
`,
    baseline: `Usage: bandit-gate baseline --output FILE [options] [PATHS...]

Scans every Python file in the working tree and writes a baseline file (bandit-gate's own
format: identities as hashes and counts, never source or Bandit's messages, which can quote
secrets). Compare with it later: bandit-gate check --baseline FILE.

Options:
  -o, --output FILE        where to write the baseline (required)
  --include GLOB, --exclude GLOB, --bandit CMD, --jobs N, --allow-scan-errors  as for check
  -q, --quiet              no progress messages on stderr
`,
};

;// CONCATENATED MODULE: ./build/entry/cli.js














const COMMANDS = {
    check: checkCommand,
    baseline: baselineCommand,
};
/** Translate argv into a command run and its exit code. Never throws. */
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
        io.stdout(HELP.main);
        return name === undefined ? EXIT.configuration : EXIT.ok;
    }
    if (name === "--version" || name === "-V") {
        io.stdout(`bandit-gate ${TOOL_VERSION}\n`);
        return EXIT.ok;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`bandit-gate: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")} (see --help)\n`);
        return EXIT.configuration;
    }
    try {
        return await command(rest, io);
    }
    catch (error) {
        const code = exitCodeFor(error);
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(code === EXIT.internal ? `bandit-gate: internal error: ${error?.stack ?? message}\n` : `bandit-gate: ${message}\n`);
        return code;
    }
}
function registerCommand(name, command) {
    COMMANDS[name] = command;
}
function banditLocation(flag, env) {
    return { explicit: flag, fromEnv: env.BANDIT_GATE_BANDIT, env };
}
async function checkCommand(argv, io) {
    const { values, positionals } = parseCommandLine(argv, { ...GATE_OPTIONS, ...OUTPUT_OPTIONS, quiet: { type: "boolean", short: "q" } });
    if (values.help) {
        io.stdout(HELP.check);
        return EXIT.ok;
    }
    const format = parseFormat(values.format, "text");
    const git = await Git.open(io.cwd, io.env);
    const settings = gateSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root });
    const logger = new ConsoleLogger(io.stderr, { quiet: values.quiet === true, debug: io.env.BANDIT_GATE_DEBUG === "1" });
    const deps = await realGateDeps(settings, banditLocation(values.bandit, io.env), logger, io.env);
    const report = await runGate(settings, deps);
    const rendered = renderReport(report, format, { colour: io.stdoutIsTty && !io.env.NO_COLOR, toolVersion: TOOL_VERSION });
    if (values.output !== undefined) {
        await writeOutput((0,external_node_path_namespaceObject.resolve)(io.cwd, values.output), rendered);
        io.stdout(format === "text" ? `bandit-gate: ${headline(report)}\n` : renderReport(report, "text", { colour: io.stdoutIsTty && !io.env.NO_COLOR, toolVersion: TOOL_VERSION }));
    }
    else {
        io.stdout(rendered);
    }
    if (report.scan_errors.length > 0 && !settings.allowScanErrors) {
        io.stderr(`bandit-gate: Bandit could not scan ${report.scan_errors.map((f) => `${f.path} (${f.reason})`).join(", ")}; fix the file(s) or pass --allow-scan-errors\n`);
    }
    return exitCodeOf(report, settings.allowScanErrors);
}
async function baselineCommand(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
        include: GATE_OPTIONS.include,
        exclude: GATE_OPTIONS.exclude,
        bandit: GATE_OPTIONS.bandit,
        jobs: GATE_OPTIONS.jobs,
        "allow-scan-errors": GATE_OPTIONS["allow-scan-errors"],
        help: GATE_OPTIONS.help,
        output: OUTPUT_OPTIONS.output,
        quiet: { type: "boolean", short: "q" },
    });
    if (values.help) {
        io.stdout(HELP.baseline);
        return EXIT.ok;
    }
    if (values.output === undefined)
        throw new ConfigurationError("baseline needs --output FILE (for example --output .bandit-baseline.json)");
    const git = await Git.open(io.cwd, io.env);
    const settings = gateSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root });
    const logger = new ConsoleLogger(io.stderr, { quiet: values.quiet === true, debug: false });
    const deps = await realGateDeps(settings, banditLocation(values.bandit, io.env), logger, io.env);
    const result = await runBaselineCommand(settings, deps);
    for (const f of result.failures)
        io.stderr(`bandit-gate: could not scan ${f.path}: ${f.reason}\n`);
    if (result.failures.length > 0 && !settings.allowScanErrors) {
        io.stderr("bandit-gate: baseline not written: fix the file(s) above or pass --allow-scan-errors\n");
        return EXIT.scan;
    }
    await writeOutput((0,external_node_path_namespaceObject.resolve)(io.cwd, values.output), result.text);
    io.stdout(`bandit-gate: wrote ${values.output}: ${result.findings} finding(s) in ${result.files} Python file(s), Bandit ${result.banditVersion}\n`);
    return EXIT.ok;
}
async function writeOutput(path, text) {
    try {
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(path, text);
    }
    catch (error) {
        throw new ConfigurationError(`cannot write ${path}: ${error.message}; check --output`);
    }
}



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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(819);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
