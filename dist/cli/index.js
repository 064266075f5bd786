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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 8332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ loadBanditConfig)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);




/**
 * `pyproject.toml` with a `[tool.bandit]` table wins, else `.bandit` (passed with --ini).
 * Read from one revision (the baseline's, for the gate), so that a branch cannot loosen its own
 * check by editing the configuration it is judged with.
 */
async function loadBanditConfig(git, side) {
    const read = async (name) => {
        if (side.kind === "worktree")
            return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(git.root, name)).catch(() => undefined);
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
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "bandit-gate-config-"));
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, content);
    return {
        config: { kind, file },
        digest: digestOf(kind, content),
        source,
        dispose: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true }),
    };
}
function digestOf(kind, content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(kind).update("\0").update(content).digest("hex").slice(0, 16);
}


/***/ }),

/***/ 1837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ BanditRunner),
  tN: () => (/* binding */ probeBandit)
});

// UNUSED EXPORTS: describeBandit, splitIntoChunks

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/core/gate/paths.js
var paths = __nccwpck_require__(7464);
;// CONCATENATED MODULE: ./build/core/gate/bandit-json.js

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
        path: (0,paths/* normalisePath */.qb)(String(isObject(raw) ? raw.filename ?? "" : "")),
        reason: String(isObject(raw) ? raw.reason ?? "unknown error" : raw),
    }));
    const metrics = isObject(doc.metrics) ? Object.keys(doc.metrics).filter((k) => k !== "_totals") : [];
    return { findings, failures, scanned: metrics.map(paths/* normalisePath */.qb) };
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
        path: (0,paths/* normalisePath */.qb)(raw.filename),
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

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(2807);
// EXTERNAL MODULE: ./build/adapters/process.js
var process = __nccwpck_require__(7288);
;// CONCATENATED MODULE: ./build/adapters/bandit/run.js






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
        const result = await (0,process/* runCommand */.d1)(program, [...pre, "--version"], { env });
        const version = parseBanditVersion(result.stdout) ?? parseBanditVersion(result.stderr);
        if (result.code !== 0 || !version)
            return undefined;
        return { argv: [...argv], version, details: describeBandit(version, `${result.stdout}\n${result.stderr}`) };
    }
    catch (error) {
        if (error instanceof process/* CommandNotFoundError */.v$)
            return undefined;
        throw error;
    }
}
/**
 * `bandit 1.9.4; python 3.11` from `--version` output. Python's minor version decides the
 * grammar Bandit parses with; patch releases and build details do not.
 */
function describeBandit(version, versionOutput) {
    const python = /python version\s*=\s*(\d+\.\d+)/.exec(versionOutput)?.[1];
    return `bandit ${version}; python ${python ?? "unknown"}`;
}
/** The arguments every run passes whatever the files; part of the scanner's identity. */
const FIXED_ARGUMENTS = ["-f", "json", "-q", "--ignore-nosec", "-x", MATCH_NOTHING_EXCLUDE];
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
    get identity() {
        return `${this.command.details ?? `bandit ${this.command.version}`}; ${FIXED_ARGUMENTS.join(" ")}`;
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
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "bandit-gate-out-"));
        const output = (0,external_node_path_.join)(dir, "bandit.json");
        try {
            const [program, ...pre] = this.command.argv;
            const args = [...pre, ...FIXED_ARGUMENTS, "-o", output];
            if (this.options.config.kind === "pyproject")
                args.push("-c", this.options.config.file);
            if (this.options.config.kind === "ini")
                args.push("--ini", this.options.config.file);
            args.push("--", ...files);
            let result;
            try {
                result = await (0,process/* runCommand */.d1)(program, args, { cwd: root });
            }
            catch (error) {
                if (error instanceof process/* CommandNotFoundError */.v$)
                    throw new errors/* ScanError */.sC(`Bandit could not be started (${error.message})`);
                throw error;
            }
            let text;
            try {
                text = await (0,promises_.readFile)(output, "utf8");
            }
            catch {
                throw new errors/* ScanError */.sC(`Bandit exited ${result.code} without writing a report: ${(0,process/* lastMeaningfulLine */.HF)(result.stderr) || (0,process/* lastMeaningfulLine */.HF)(result.stdout) || "no message"}`);
            }
            try {
                return parseBanditJson(text);
            }
            catch (error) {
                if (error instanceof BanditOutputError)
                    throw new errors/* ScanError */.sC(`Bandit wrote an unreadable report: ${error.message}`);
                throw error;
            }
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
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


/***/ }),

/***/ 2925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wt: () => (/* binding */ listHeadFiles),
/* harmony export */   YW: () => (/* binding */ headBlobIds),
/* harmony export */   mn: () => (/* binding */ loadHeadFiles),
/* harmony export */   rh: () => (/* binding */ pythonOnly),
/* harmony export */   zD: () => (/* binding */ mayBePython)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _core_gate_baseline_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2476);
/* harmony import */ var _core_gate_selection_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1666);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5649);





/**
 * The head side's files, read once: from the working tree in place, or from the index or a
 * commit into a temporary directory.
 */
async function loadHeadFiles(git, head, paths) {
    if (head.kind === "worktree") {
        const contents = new Map();
        await Promise.all(paths.map(async (path) => {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.root, path);
            const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(full).catch(() => undefined);
            if (!stat?.isFile())
                return;
            contents.set(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full));
        }));
        return { root: git.root, contents, dispose: async () => { } };
    }
    const prefix = head.kind === "index" ? ":" : `${head.ref}:`;
    return (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .materialise */ .f)(git, new Map(paths.map((p) => [p, `${prefix}${p}`])), "head");
}
/**
 * Git blob ids of files at the head side without keeping their content: from the index or the
 * commit's tree where git already knows them, by hashing the working tree's files otherwise.
 */
async function headBlobIds(git, head, paths) {
    const wanted = new Set(paths);
    if (head.kind !== "worktree") {
        const all = head.kind === "index" ? await git.indexBlobIds() : await git.treeBlobIds(head.ref);
        return new Map([...all].filter(([path]) => wanted.has(path)));
    }
    const ids = new Map();
    const queue = [...paths];
    const worker = async () => {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.root, path)).catch(() => undefined);
            if (content)
                ids.set(path, (0,_core_gate_baseline_file_js__WEBPACK_IMPORTED_MODULE_2__/* .blobId */ .zA)(content));
        }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    return ids;
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
    return paths.filter((path) => (0,_core_gate_selection_js__WEBPACK_IMPORTED_MODULE_4__/* .isPythonFile */ .te)(path, () => {
        const content = snapshot.contents.get(path);
        return content ? firstLine(content) : undefined;
    }));
}
/** Could this path be Python? (Extensionless files need their content to tell.) */
function mayBePython(path) {
    return (0,_core_gate_selection_js__WEBPACK_IMPORTED_MODULE_4__/* .isPythonFile */ .te)(path, () => "#!python");
}
function firstLine(content) {
    const end = content.indexOf(0x0a);
    return content.subarray(0, end === -1 ? Math.min(content.length, 200) : Math.min(end, 200)).toString("utf8");
}


/***/ }),

/***/ 6691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeOutputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2807);



/** Write a report, patch or record where the user asked, creating folders; a failure names the setting. */
async function writeOutputFile(path, text, setting) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot write ${path}: ${error.message}; check ${setting}`);
    }
}


/***/ }),

/***/ 5649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ materialise)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);



/** `specs` maps a repository path to a `git cat-file` spec (`<commit>:<path>` or `:<path>`). */
async function materialise(git, specs, label) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `bandit-gate-${label}-`));
    const contents = new Map();
    try {
        const objects = await git.readObjects([...specs.values()]);
        for (const [path, spec] of specs) {
            const object = objects.get(spec);
            if (!object)
                continue;
            if (path.startsWith("/") || path.split("/").includes(".."))
                continue;
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, object.content);
            contents.set(path, object.content);
        }
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(root, { recursive: true, force: true });
        throw error;
    }
    return { root, contents, dispose: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(root, { recursive: true, force: true }) };
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git)
/* harmony export */ });
/* unused harmony exports GitError, absolutiseGitEnv, parseRawDiff */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2807);
/* harmony import */ var _core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7464);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7288);




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
        // Relative to where we were started (`cwd`), not to the top level found below: they differ
        // when bandit-gate runs in a subdirectory with GIT_DIR or GIT_INDEX_FILE set relative to it.
        const pinned = absolutiseGitEnv(env, cwd);
        const result = await runGit(["rev-parse", "--show-toplevel"], cwd, pinned);
        if (result.code !== 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${cwd} is not inside a git repository (${(0,_process_js__WEBPACK_IMPORTED_MODULE_2__/* .lastMeaningfulLine */ .HF)(result.stderr)}); run bandit-gate from your repository's work tree`);
        }
        return new Git(result.stdout.trim(), pinned);
    }
    async exec(args, options = {}) {
        return runGit(args, this.root, this.env, options);
    }
    /** Run git and throw with git's own last line when it fails. */
    async execOk(args, options = {}) {
        const result = await this.exec(args, options);
        if (result.code !== 0) {
            throw new GitError(`git ${args[0]} failed (exit ${result.code}): ${(0,_process_js__WEBPACK_IMPORTED_MODULE_2__/* .lastMeaningfulLine */ .HF)(result.stderr) || "no message"}`);
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
    /**
     * Changed paths between a baseline commit and the head side, renames tracked. Symbolic links
     * and submodules are left out: their "content" is a path or a commit, not code.
     */
    async diffNameStatus(base, head) {
        const args = ["-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--raw", "--no-abbrev", "-M", "-z"];
        if (head.kind === "index")
            args.push("--cached", base);
        else if (head.kind === "worktree")
            args.push(base);
        else
            args.push(base, head.ref);
        args.push("--");
        return parseRawDiff((await this.execOk(args)).stdout);
    }
    /** Untracked files that are not ignored (new files in a work tree). */
    async untrackedFiles() {
        const result = await this.execOk(["ls-files", "-z", "--others", "--exclude-standard"]);
        return splitZ(result.stdout).map(_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb);
    }
    /** Every tracked path at a commit, or in the index when `ref` is undefined. */
    async listFiles(ref) {
        const result = ref
            ? await this.execOk(["ls-tree", "-r", "-z", "--name-only", "--full-tree", ref])
            : await this.execOk(["ls-files", "-z", "--cached"]);
        return splitZ(result.stdout).map(_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb);
    }
    /** Blob ids of paths in the index (`git ls-files -s`). */
    async indexBlobIds() {
        const result = await this.execOk(["ls-files", "-z", "-s"]);
        const ids = new Map();
        for (const record of splitZ(result.stdout)) {
            const match = /^\d+ ([0-9a-f]+) 0\t(.*)$/s.exec(record);
            if (match?.[1] && match[2])
                ids.set((0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(match[2]), match[1]);
        }
        return ids;
    }
    /** Blob ids of every file in a commit's tree (`git ls-tree -r`). */
    async treeBlobIds(ref) {
        const result = await this.execOk(["ls-tree", "-r", "-z", "--full-tree", ref]);
        const ids = new Map();
        for (const record of splitZ(result.stdout)) {
            const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(record);
            if (match?.[1] && match[2])
                ids.set((0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(match[2]), match[1]);
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
        return await (0,_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runCommand */ .d1)("git", args, { cwd, env: { ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }, ...options });
    }
    catch (error) {
        if (error instanceof _process_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandNotFoundError */ .v$) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("git was not found on PATH; install git (e.g. `apt-get install git`) and try again");
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
        if (value && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(value))
            copy[name] = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(base, value);
    }
    return copy;
}
/** Regular files only: a symbolic link (120000) or a submodule (160000) holds no code to scan. */
const FILE_MODES = new Set(["100644", "100755"]);
/** `git diff --raw -z`: `:<old mode> <new mode> <old id> <new id> <status>` then one or two paths. */
function parseRawDiff(output) {
    const fields = output.split("\0");
    const changes = [];
    for (let i = 0; i < fields.length;) {
        const header = fields[i] ?? "";
        if (!header.startsWith(":")) {
            i += 1;
            continue;
        }
        const [, newMode = "", , , status = ""] = header.slice(1).split(" ");
        const letter = status[0];
        const twoPaths = letter === "R" || letter === "C";
        const first = (0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(fields[i + 1] ?? "");
        const second = twoPaths ? (0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(fields[i + 2] ?? "") : undefined;
        i += twoPaths ? 3 : 2;
        if (letter !== "D" && !FILE_MODES.has(newMode))
            continue;
        changes.push(second !== undefined ? { status: letter, path: second, oldPath: first } : { status: letter, path: first });
    }
    return changes;
}
function splitZ(text) {
    return text.split("\0").filter((s) => s !== "");
}


/***/ }),

/***/ 7288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ splitCommand),
/* harmony export */   HF: () => (/* binding */ lastMeaningfulLine),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   v$: () => (/* binding */ CommandNotFoundError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);

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
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
                cwd: options.cwd,
                env: options.env ?? process.env,
                stdio: ["pipe", "pipe", "pipe"],
                // Its own process group, so a time limit can end a shell and what it started.
                detached: options.timeoutMs !== undefined,
            });
        }
        catch (error) {
            // Some failures to start (a path through a file: ENOTDIR) are thrown, not emitted.
            reject(isNotFound(error) ? new CommandNotFoundError(command, error) : error);
            return;
        }
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                try {
                    if (child.pid)
                        process.kill(-child.pid, "SIGKILL");
                }
                catch {
                    child.kill("SIGKILL");
                }
            }, options.timeoutMs);
        child.stdout.on("data", (chunk) => out.push(chunk));
        child.stderr.on("data", (chunk) => err.push(chunk));
        child.on("error", (error) => {
            if (isNotFound(error))
                reject(new CommandNotFoundError(command, error));
            else
                reject(error);
        });
        child.stdin.on("error", () => {
            /* the program may exit before reading its input; its exit code tells the story */
        });
        child.on("close", (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (timedOut)
                err.push(Buffer.from(`\n${command}: killed after ${Math.round((options.timeoutMs ?? 0) / 1000)} s (time limit)\n`));
            const stdoutBuffer = Buffer.concat(out);
            resolve({
                code: timedOut ? 124 : (code ?? (signal ? 128 : 1)),
                stdout: options.binary ? stdoutBuffer.toString("latin1") : stdoutBuffer.toString("utf8"),
                stdoutBuffer,
                stderr: Buffer.concat(err).toString("utf8"),
            });
        });
        child.stdin.end(options.input ?? "");
    });
}
function isNotFound(error) {
    return error.code === "ENOENT" || error.code === "EACCES" || error.code === "ENOTDIR";
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


/***/ }),

/***/ 2266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Wq: () => (/* binding */ fingerprintSide),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: readBaselineFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/core/gate/baseline-file.js
var baseline_file = __nccwpck_require__(2476);
;// CONCATENATED MODULE: ./build/core/gate/compare.js
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

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(2807);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/core/gate/nosec.js
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

;// CONCATENATED MODULE: ./build/core/gate/fingerprint.js


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
    return (0,external_node_crypto_.createHash)("sha256").update(`v1\0${testId}\0${path}\0${normalisedSource}`).digest("hex").slice(0, 32);
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

// EXTERNAL MODULE: ./build/core/group.js
var group = __nccwpck_require__(1181);
// EXTERNAL MODULE: ./build/core/gate/policy.js
var policy = __nccwpck_require__(1576);
// EXTERNAL MODULE: ./build/core/report/report.js
var report = __nccwpck_require__(6859);
;// CONCATENATED MODULE: ./build/core/gate/scope.js
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

// EXTERNAL MODULE: ./build/core/gate/selection.js
var selection = __nccwpck_require__(1666);
// EXTERNAL MODULE: ./build/adapters/bandit/config.js
var bandit_config = __nccwpck_require__(8332);
// EXTERNAL MODULE: ./build/adapters/files/head-files.js
var head_files = __nccwpck_require__(2925);
// EXTERNAL MODULE: ./build/core/messages.js
var messages = __nccwpck_require__(1072);
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
        throw new errors/* ConfigurationError */.j1(messages/* messages */.D.unknownHead(request.headRef));
    if (request.explicitRef) {
        const commit = await resolveOrFetch(git, request.explicitRef, logger);
        if (!commit)
            throw new errors/* ConfigurationError */.j1(messages/* messages */.D.unknownBase(request.explicitRef));
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
        throw new errors/* ConfigurationError */.j1(messages/* messages */.D.noDefaultBranch(branch));
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
        throw new errors/* ConfigurationError */.j1((await git.isShallow()) ? messages/* messages */.D.shallowNoMergeBase(targetRef) : messages/* messages */.D.noMergeBase(request.headRef, targetRef));
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

// EXTERNAL MODULE: ./build/adapters/files/snapshot.js
var snapshot = __nccwpck_require__(5649);
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
    const select = (0,selection/* makeSelector */.qB)(settings);
    const wanted = changes.filter((c) => c.status !== "D" && select(c.path) && (0,head_files/* mayBePython */.zD)(c.path));
    const head = await (0,head_files/* loadHeadFiles */.mn)(git, settings.head, wanted.map((c) => c.path));
    const disposers = [head.dispose];
    try {
        const python = new Set((0,head_files/* pythonOnly */.rh)(head, [...head.contents.keys()]));
        const judged = wanted.filter((c) => python.has(c.path) && (0,selection/* inShard */.Iw)(c.path, settings.shard));
        const describe = { mode: "git", ref: baseline.ref, commit: baseline.commit };
        const scanned = {
            head: headLabel(settings),
            ...(headCommit && settings.head.kind !== "index" ? { head_commit: headCommit } : {}),
            files: judged.map((c) => c.path).sort(),
            baseline_files: 0,
            ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.total}` } : {}),
        };
        if (judged.length === 0) {
            logger.info(`No changed Python files${settings.shard ? " in this shard" : ""}: nothing to judge`);
            return (0,report/* buildReport */.FK)({ regressions: [], fixed: [], unchanged: 0 }, {
                baseline: describe, scanned, banditVersion: "not run", failures: [], notes,
            });
        }
        const configSide = baseline.commit === EMPTY_TREE ? { kind: "index" } : { kind: "commit", commit: baseline.commit };
        const config = await (0,bandit_config/* loadBanditConfig */.p)(git, configSide);
        disposers.push(config.dispose);
        const headConfig = await (0,bandit_config/* loadBanditConfig */.p)(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
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
        const base = await (0,snapshot/* materialise */.f)(git, baseSpecs, "base");
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
        const verdict = (0,policy/* judge */.S)(compareFindings(toBaselineEntries(baseItems), headItems), policyOf(settings));
        nameFunctions(verdict, head);
        return (0,report/* buildReport */.FK)(verdict, { baseline: describe, scanned, banditVersion: scanner.version, failures, notes });
    }
    finally {
        for (const dispose of disposers.reverse())
            await dispose();
    }
}
async function gateAgainstFile(settings, file, deps) {
    const { git, logger } = deps;
    const stored = await readBaselineFile((0,external_node_path_.resolve)(settings.cwd, file));
    const select = (0,selection/* makeSelector */.qB)(settings);
    const owns = (path) => select(path) && (0,selection/* inShard */.Iw)(path, settings.shard);
    // Every candidate's blob id (cheap), so that a file moved into another shard is seen as moved.
    const candidates = (await (0,head_files/* listHeadFiles */.Wt)(git, settings.head)).filter((p) => select(p) && (0,head_files/* mayBePython */.zD)(p));
    const head = await (0,head_files/* loadHeadFiles */.mn)(git, settings.head, candidates.filter(owns));
    // This shard's files are read already; only the others need hashing (or git's ids).
    const blobs = await (0,head_files/* headBlobIds */.YW)(git, settings.head, candidates.filter((p) => !owns(p)));
    for (const [path, content] of head.contents)
        blobs.set(path, (0,baseline_file/* blobId */.zA)(content));
    const disposers = [head.dispose];
    try {
        const python = new Set((0,head_files/* pythonOnly */.rh)(head, [...head.contents.keys()]));
        const config = await (0,bandit_config/* loadBanditConfig */.p)(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
        disposers.push(config.dispose);
        const scanner = await deps.scanner(config);
        const notes = [];
        const reuse = stored.bandit_version === scanner.version && stored.config_digest === config.digest;
        if (!reuse) {
            notes.push(`The baseline file was made with Bandit ${stored.bandit_version} and configuration ${stored.config_digest}; ` +
                `this run uses Bandit ${scanner.version} and ${config.digest}, so every file was rescanned. Refresh it with \`bandit-gate baseline --output ${file}\`.`);
        }
        // Outside this shard an extensionless file's shebang was not read: it stays a candidate, since
        // only content identical to a stored Python file can match anything.
        const known = new Map([...blobs].filter(([path]) => (owns(path) ? python.has(path) : true)));
        const plan = (0,baseline_file/* planAgainstStored */.cC)(stored, known, { reuse, owns });
        const toScan = plan.scan.map((s) => s.path);
        const storedPathOf = new Map(plan.scan.flatMap((s) => (s.storedPath ? [[s.path, s.storedPath]] : [])));
        logger.info(`Scanning ${toScan.length} of ${python.size} Python file(s) that differ from the baseline file with Bandit ${scanner.version}`);
        const result = await scanner.scan(head.root, toScan);
        const headItems = fingerprintSide(result.findings, head, (p) => storedPathOf.get(p) ?? p);
        const baseEntries = plan.scan.flatMap((s) => (s.storedPath ? (0,baseline_file/* storedEntries */.g_)(s.storedPath, stored.files[s.storedPath]) : []));
        const verdict = (0,policy/* judge */.S)(compareFindings(baseEntries, headItems), policyOf(settings));
        const gone = plan.gone.flatMap((path) => (0,baseline_file/* storedEntries */.g_)(path, stored.files[path]));
        const untouched = plan.unchanged.flatMap((u) => (0,baseline_file/* storedEntries */.g_)(u.path, stored.files[u.storedPath]));
        const goneVerdict = (0,policy/* judge */.S)({ matched: [], added: [], removed: gone }, policyOf(settings));
        const steady = (0,policy/* judge */.S)({ matched: untouched.map((e) => ({ base: e, head: asFingerprinted(e) })), added: [], removed: [] }, policyOf(settings));
        const combined = {
            regressions: verdict.regressions,
            fixed: [...verdict.fixed, ...goneVerdict.fixed],
            unchanged: verdict.unchanged + steady.unchanged,
        };
        nameFunctions(combined, head);
        const failures = result.failures.filter((f) => python.has(f.path));
        noteExcluded(toScan, result, config.source, notes);
        return (0,report/* buildReport */.FK)(combined, {
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
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(messages/* messages */.D.missingBaselineFile(path));
    }
    try {
        return (0,baseline_file/* parseBaselineFile */.f7)(text);
    }
    catch (error) {
        if (error instanceof baseline_file/* BaselineFileError */.G5)
            throw new errors/* ConfigurationError */.j1(messages/* messages */.D.badBaselineFile(path, error.problems));
        throw error;
    }
}
/** Fingerprint every finding of one side, file by file, with that side's file text. */
function fingerprintSide(findings, side, identityPath) {
    const byPath = (0,group/* groupBy */.$)(findings, (f) => f.path);
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


/***/ }),

/***/ 6510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ defaultJobs),
  c: () => (/* binding */ realGateDeps)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./build/adapters/bandit/run.js + 1 modules
var run = __nccwpck_require__(1837);
// EXTERNAL MODULE: ./build/adapters/git.js
var adapters_git = __nccwpck_require__(6689);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./build/core/gate/scan-cache-entry.js

/**
 * The pure half of the scan cache: what names an entry, what an entry holds, and how it is
 * written and checked. The adapter (src/adapters/caches/scan-cache.ts) does the reading and writing.
 *
 * An entry is one file's Bandit outcome. It is stored without the file's path, because Bandit's
 * findings for a file depend only on its bytes, the Bandit that ran (its version and the Python
 * running it) and the configuration; the path matters only through a configuration (excludes,
 * B101's `skips` globs), so the path joins the key exactly when there is a configuration.
 */
/** Part of every key: bump it when the entry layout or the meaning of a key changes, and old entries become misses. */
const SCAN_CACHE_SCHEMA = "bandit-gate/scan-cache/1";
/**
 * Bandit's reason for a syntax error (also a NUL byte or invalid UTF-8), the same in every
 * supported version. It is the one failure that follows from the file's bytes and the Python
 * parsing them, both in the key; other failures (unreadable file, a plugin crash) may be
 * passing, so they are never stored.
 */
const DETERMINISTIC_FAILURE = "syntax error while parsing AST from file";
function contentDigest(content) {
    return (0,external_node_crypto_.createHash)("sha256").update(content).digest("hex");
}
/** The entry's name: a hex digest of every input, so no input can be confused with another. */
function scanCacheKey(input) {
    const canonical = JSON.stringify([SCAN_CACHE_SCHEMA, input.scanner, input.configDigest, input.path ?? null, input.contentSha256]);
    return (0,external_node_crypto_.createHash)("sha256").update(canonical).digest("hex");
}
/** May this outcome be stored? Only when nothing in it could differ on the next run with the same key. */
function isCacheable(outcome) {
    return outcome.failure === undefined || outcome.failure === DETERMINISTIC_FAILURE;
}
/**
 * Split one Bandit run over `files` into one outcome per file. Undefined when the run names a
 * path that was not asked for: then nothing can be attributed safely, and nothing is stored.
 */
function splitByFile(result, files) {
    const outcomes = new Map(files.map((path) => [path, { scanned: false, findings: [] }]));
    for (const path of result.scanned) {
        const outcome = outcomes.get(path);
        if (!outcome)
            return undefined;
        outcome.scanned = true;
    }
    for (const finding of result.findings) {
        const outcome = outcomes.get(finding.path);
        if (!outcome)
            return undefined;
        const { path: _path, ...rest } = finding;
        outcome.findings.push(rest);
    }
    for (const failure of result.failures) {
        const outcome = outcomes.get(failure.path);
        if (!outcome || outcome.failure !== undefined)
            return undefined;
        outcome.failure = failure.reason;
    }
    return outcomes;
}
/** Put outcomes back together as one Bandit result, in the order of `files`. */
function joinOutcomes(files, outcomes) {
    const result = { findings: [], failures: [], scanned: [] };
    for (const path of files) {
        const outcome = outcomes.get(path);
        if (!outcome)
            continue;
        if (outcome.scanned)
            result.scanned.push(path);
        for (const finding of outcome.findings)
            result.findings.push({ path, ...finding, lineRange: [...finding.lineRange] });
        if (outcome.failure !== undefined)
            result.failures.push({ path, reason: outcome.failure });
    }
    return result;
}
function serialiseEntry(key, outcome) {
    const body = JSON.stringify(normaliseOutcome(outcome));
    const entry = { schema: SCAN_CACHE_SCHEMA, key, outcome: body, sha256: sha256Text(body) };
    return `${JSON.stringify(entry)}\n`;
}
/** The outcome stored under `key`, or undefined for anything else: damaged, foreign, older. */
function parseEntry(text, key) {
    let entry;
    try {
        entry = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!isObject(entry) || entry.schema !== SCAN_CACHE_SCHEMA || entry.key !== key)
        return undefined;
    if (typeof entry.outcome !== "string" || typeof entry.sha256 !== "string" || sha256Text(entry.outcome) !== entry.sha256)
        return undefined;
    let body;
    try {
        body = JSON.parse(entry.outcome);
    }
    catch {
        return undefined;
    }
    return readOutcome(body);
}
function readOutcome(body) {
    if (!isObject(body) || typeof body.scanned !== "boolean" || !Array.isArray(body.findings))
        return undefined;
    if (body.failure !== undefined && typeof body.failure !== "string")
        return undefined;
    const findings = [];
    for (const raw of body.findings) {
        const finding = readFinding(raw);
        if (!finding)
            return undefined;
        findings.push(finding);
    }
    const outcome = { scanned: body.scanned, findings };
    if (typeof body.failure === "string")
        outcome.failure = body.failure;
    return isCacheable(outcome) ? outcome : undefined;
}
const LEVELS = ["UNDEFINED", "LOW", "MEDIUM", "HIGH"];
function readFinding(raw) {
    if (!isObject(raw))
        return undefined;
    const { line, lineRange, testId, testName, severity, confidence, text, column, cwe, moreInfo } = raw;
    if (!isCount(line) || line < 1)
        return undefined;
    if (!Array.isArray(lineRange) || lineRange.length === 0 || !lineRange.every((n) => isCount(n) && n >= 1))
        return undefined;
    if (typeof testId !== "string" || testId === "" || typeof testName !== "string" || typeof text !== "string")
        return undefined;
    if (!LEVELS.includes(severity) || !LEVELS.includes(confidence))
        return undefined;
    if (column !== undefined && !isCount(column))
        return undefined;
    if (cwe !== undefined && (!isCount(cwe) || cwe < 1))
        return undefined;
    if (moreInfo !== undefined && typeof moreInfo !== "string")
        return undefined;
    const finding = {
        line,
        lineRange: lineRange,
        testId,
        testName,
        severity: severity,
        confidence: confidence,
        text,
    };
    if (column !== undefined)
        finding.column = column;
    if (cwe !== undefined)
        finding.cwe = cwe;
    if (moreInfo !== undefined)
        finding.moreInfo = moreInfo;
    return finding;
}
/** Fixed field order and no stray fields, so equal outcomes are stored as equal text. */
function normaliseOutcome(outcome) {
    const findings = outcome.findings.map((f) => {
        const finding = {
            line: f.line,
            lineRange: [...f.lineRange],
            testId: f.testId,
            testName: f.testName,
            severity: f.severity,
            confidence: f.confidence,
            text: f.text,
        };
        if (f.column !== undefined)
            finding.column = f.column;
        if (f.cwe !== undefined)
            finding.cwe = f.cwe;
        if (f.moreInfo !== undefined)
            finding.moreInfo = f.moreInfo;
        return finding;
    });
    return { scanned: outcome.scanned, findings, ...(outcome.failure !== undefined ? { failure: outcome.failure } : {}) };
}
function sha256Text(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text, "utf8").digest("hex");
}
function isCount(value) {
    return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./build/adapters/caches/scan-cache.js




/**
 * A Scanner that remembers each file's outcome on disk, keyed by the file's content, the
 * scanner's identity and the configuration, and asks the wrapped scanner only about the rest.
 * Every problem with the cache (an unreadable directory, a damaged or foreign entry, a failed
 * write) costs a scan, never an error or a wrong result. Entries are written to a temporary
 * name and renamed into place, so concurrent runs see a whole entry or none.
 */
class CachingScanner {
    inner;
    options;
    /** Hits and misses of this scanner's lifetime, for progress messages and tests. */
    stats = { hits: 0, misses: 0, writes: 0 };
    constructor(inner, options) {
        this.inner = inner;
        this.options = options;
    }
    get version() {
        return this.inner.version;
    }
    get identity() {
        return this.inner.identity ?? `bandit ${this.inner.version}`;
    }
    async scan(root, files) {
        const unique = [...new Set(files)];
        const looked = await Promise.all(unique.map((path) => this.lookUp(root, path)));
        const outcomes = new Map();
        const misses = [];
        for (const entry of looked) {
            if (entry.hit)
                outcomes.set(entry.path, entry.hit);
            else
                misses.push(entry);
        }
        this.stats.hits += unique.length - misses.length;
        this.stats.misses += misses.length;
        this.options.logger?.debug(`scan cache: ${unique.length - misses.length} hit(s), ${misses.length} miss(es) under ${root}`);
        if (misses.length === 0)
            return joinOutcomes(unique, outcomes);
        const result = await this.inner.scan(root, misses.map((m) => m.path));
        const fresh = splitByFile(result, misses.map((m) => m.path));
        if (!fresh) {
            // Bandit named a path we did not ask about; hand its answer on untouched and store nothing.
            this.options.logger?.debug("scan cache: Bandit's result could not be split by file; nothing stored");
            const hits = joinOutcomes(unique, outcomes);
            return {
                findings: [...hits.findings, ...result.findings],
                failures: [...hits.failures, ...result.failures],
                scanned: [...hits.scanned, ...result.scanned],
            };
        }
        await Promise.all(misses.map(async (miss) => {
            const outcome = fresh.get(miss.path);
            outcomes.set(miss.path, outcome);
            if (miss.key && miss.sha && isCacheable(outcome))
                await this.store(root, miss.path, miss.key, miss.sha, outcome);
        }));
        return joinOutcomes(unique, outcomes);
    }
    keyFor(path, sha) {
        return scanCacheKey({
            scanner: this.identity,
            configDigest: this.options.configDigest,
            ...(this.options.pathDependent ? { path } : {}),
            contentSha256: sha,
        });
    }
    entryPath(key) {
        return (0,external_node_path_.join)(this.options.dir, key.slice(0, 2), `${key}.json`);
    }
    async lookUp(root, path) {
        let content;
        try {
            content = await (0,promises_.readFile)((0,external_node_path_.join)(root, path));
        }
        catch {
            return { path }; // Bandit will say what is wrong with it
        }
        const sha = contentDigest(content);
        const key = this.keyFor(path, sha);
        const text = await (0,promises_.readFile)(this.entryPath(key), "utf8").catch(() => undefined);
        const hit = text === undefined ? undefined : parseEntry(text, key);
        if (text !== undefined && !hit)
            this.options.logger?.debug(`scan cache: ignoring a damaged entry ${this.entryPath(key)}`);
        // A hit is a use: pruning removes what has not been used for a while, not what is old.
        if (hit)
            await (0,promises_.utimes)(this.entryPath(key), new Date(), new Date()).catch(() => undefined);
        return { path, key, sha, ...(hit ? { hit } : {}) };
    }
    async store(root, path, key, sha, outcome) {
        // A working-tree file edited while Bandit read it would pair one content's key with another's findings.
        const after = await (0,promises_.readFile)((0,external_node_path_.join)(root, path)).catch(() => undefined);
        if (!after || contentDigest(after) !== sha)
            return;
        const target = this.entryPath(key);
        const temporary = `${target}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString("hex")}.tmp`;
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.writeFile)(temporary, serialiseEntry(key, outcome), { flag: "wx" });
            await (0,promises_.rename)(temporary, target);
            this.stats.writes += 1;
        }
        catch (error) {
            this.options.logger?.debug(`scan cache: could not write ${target}: ${error.message}`);
            await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
        }
    }
}
const DAY = 24 * 60 * 60 * 1000;
/**
 * Keep the cache from growing for ever: remove entries unused for `unusedFor` (hits refresh an
 * entry's time) and temporary files a crashed run left. With `atMostEvery`, a marker file makes
 * the walk happen at most that often. Never fails: a cache problem only costs scans.
 */
async function pruneScanCache(dir, options = { unusedFor: 30 * DAY, atMostEvery: DAY }) {
    const now = options.now ?? Date.now();
    const marker = (0,external_node_path_.join)(dir, ".last-prune");
    try {
        if (options.atMostEvery !== undefined) {
            const last = await (0,promises_.stat)(marker).catch(() => undefined);
            if (last && now - last.mtimeMs < options.atMostEvery)
                return 0;
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)(marker, "");
        }
        let removed = 0;
        for (const shard of await (0,promises_.readdir)(dir).catch(() => [])) {
            if (!/^[0-9a-f]{2}$/.test(shard))
                continue;
            for (const name of await (0,promises_.readdir)((0,external_node_path_.join)(dir, shard)).catch(() => [])) {
                const file = (0,external_node_path_.join)(dir, shard, name);
                const info = await (0,promises_.stat)(file).catch(() => undefined);
                if (!info)
                    continue;
                const limit = name.endsWith(".tmp") ? 60 * 60 * 1000 : options.unusedFor;
                if (now - info.mtimeMs > limit) {
                    await (0,promises_.rm)(file, { force: true }).catch(() => undefined);
                    removed += 1;
                }
            }
        }
        return removed;
    }
    catch {
        return 0;
    }
}
const SCAN_CACHE_DAY = (/* unused pure expression or super */ null && (DAY));

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(2807);
// EXTERNAL MODULE: ./build/adapters/process.js
var adapters_process = __nccwpck_require__(7288);
;// CONCATENATED MODULE: ./build/adapters/bandit/provision.js





/**
 * Install a pinned Bandit into a private virtual environment under `dir` (the runner's temp
 * dir for the Action, the user's cache dir for the hook) and reuse it afterwards. System
 * Pythons on Ubuntu refuse `pip install` outside a venv (PEP 668), so a venv is the only
 * portable place. Concurrent first runs are serialised by a lock directory.
 */
async function provisionBandit(dir, version, logger, python = process.platform === "win32" ? "python" : "python3") {
    const venv = (0,external_node_path_.join)(dir, `bandit-${version}`);
    const bandit = (0,external_node_path_.join)(venv, process.platform === "win32" ? "Scripts/bandit.exe" : "bin/bandit");
    const ready = await (0,run/* probeBandit */.tN)([bandit]);
    if (ready)
        return ready;
    await (0,promises_.mkdir)(dir, { recursive: true }).catch((error) => {
        throw new errors/* ConfigurationError */.j1(`cannot create ${dir} to install Bandit ${version} into (${error.message}); make it writable (for the hook: set BANDIT_GATE_CACHE_DIR) or point --bandit / BANDIT_GATE_BANDIT at an existing Bandit`);
    });
    const lock = (0,external_node_path_.join)(dir, `bandit-${version}.lock`);
    await acquireLock(lock);
    try {
        const again = await (0,run/* probeBandit */.tN)([bandit]);
        if (again)
            return again;
        // Without Python, one line saying so, not an announcement of an install that cannot happen.
        await provision_run(python, ["--version"], `run ${python}`);
        logger.info(`Bandit ${version} is not installed; installing it once into ${venv} (reused afterwards)`);
        // A venv's scripts name the venv's own path in their shebang, so it is built where it stays;
        // a half-built one from a crashed run is removed first and on failure.
        await (0,promises_.rm)(venv, { recursive: true, force: true });
        try {
            await provision_run(python, ["-m", "venv", venv], `create a virtual environment with ${python}`);
            const venvPython = (0,external_node_path_.join)(venv, process.platform === "win32" ? "Scripts/python.exe" : "bin/python");
            await provision_run(venvPython, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", `bandit[toml]==${version}`], `install bandit==${version} with pip`);
        }
        catch (error) {
            await (0,promises_.rm)(venv, { recursive: true, force: true });
            throw error;
        }
        const installed = await (0,run/* probeBandit */.tN)([bandit]);
        if (!installed)
            throw new errors/* ConfigurationError */.j1(`installed Bandit ${version} into ${venv}, but it does not run; delete ${venv} and try again`);
        return installed;
    }
    finally {
        await (0,promises_.rm)(lock, { recursive: true, force: true });
    }
}
async function provision_run(program, args, what) {
    try {
        const result = await (0,adapters_process/* runCommand */.d1)(program, args);
        if (result.code !== 0 && /ensurepip is not available|No module named venv/.test(result.stdout + result.stderr)) {
            // Debian and Ubuntu ship Python without venv; the tool's own advice is many lines long.
            throw new errors/* ConfigurationError */.j1(`${program} cannot create a virtual environment (its venv module is missing), which bandit-gate needs to install Bandit; install it (e.g. \`apt-get install python3-venv\`) or point --bandit at an existing Bandit`);
        }
        if (result.code !== 0) {
            throw new errors/* ConfigurationError */.j1(`could not ${what} (exit ${result.code}): ${(0,adapters_process/* lastMeaningfulLine */.HF)(result.stderr) || (0,adapters_process/* lastMeaningfulLine */.HF)(result.stdout)}`);
        }
    }
    catch (error) {
        if (error instanceof adapters_process/* CommandNotFoundError */.v$) {
            throw new errors/* ConfigurationError */.j1(`${program} was not found, and bandit-gate needs Python 3.10 or newer to run Bandit; install Python 3 (e.g. \`apt-get install python3 python3-venv\`) or point --bandit at an existing Bandit`);
        }
        throw error;
    }
}
/** mkdir is atomic: whoever creates the directory holds the lock. Stale locks expire. */
async function acquireLock(lock) {
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
        try {
            await (0,promises_.mkdir)(lock);
            await (0,promises_.writeFile)((0,external_node_path_.join)(lock, "pid"), String(process.pid));
            return;
        }
        catch (error) {
            if (error.code !== "EEXIST")
                throw error;
            const info = await (0,promises_.stat)(lock).catch(() => undefined);
            if (info && Date.now() - info.mtimeMs > 10 * 60_000) {
                await (0,promises_.rename)(lock, `${lock}.stale-${process.pid}`).catch(() => undefined);
                await (0,promises_.rm)(`${lock}.stale-${process.pid}`, { recursive: true, force: true });
                continue;
            }
            if (Date.now() > deadline)
                throw new errors/* ConfigurationError */.j1(`another bandit-gate is still installing Bandit (lock ${lock}); remove it if no install is running`);
            await new Promise((r) => setTimeout(r, 500));
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./build/adapters/bandit/metadata.js



/**
 * Bandit's version read from its installation instead of by running `bandit --version` (a
 * Python start-up, on the critical path of every run). Only for the common, unambiguous case:
 * a `bandit` script whose shebang names the Python of a virtual environment that holds exactly
 * one `bandit-X.Y.Z.dist-info`. Anything else returns undefined and the caller asks Bandit.
 */
async function readInstalledBandit(argv, env = process.env) {
    if (argv.length !== 1 || !argv[0])
        return undefined;
    try {
        const script = await findExecutable(argv[0], env);
        if (!script)
            return undefined;
        const head = (await (0,promises_.readFile)(script)).subarray(0, 512).toString("utf8");
        const python = /^#!(\S+)/.exec(head)?.[1];
        if (!python || !python.startsWith("/"))
            return undefined;
        await (0,promises_.access)(python, external_node_fs_.constants.X_OK);
        const prefix = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(python));
        const cfg = await (0,promises_.readFile)((0,external_node_path_.join)(prefix, "pyvenv.cfg"), "utf8");
        const pythonVersion = /^\s*version(?:_info)?\s*=\s*(\d+\.\d+)/m.exec(cfg)?.[1];
        if (!pythonVersion)
            return undefined;
        const versions = [];
        for (const lib of await (0,promises_.readdir)((0,external_node_path_.join)(prefix, "lib"))) {
            if (!/^python\d+\.\d+$/.test(lib))
                continue;
            const site = (0,external_node_path_.join)(prefix, "lib", lib, "site-packages");
            for (const entry of await (0,promises_.readdir)(site).catch(() => [])) {
                const match = /^bandit-(\d+\.\d+\.\d+[^-]*)\.dist-info$/.exec(entry);
                if (match?.[1])
                    versions.push(match[1]);
            }
        }
        if (versions.length !== 1)
            return undefined;
        const version = versions[0];
        return { argv: [...argv], version, details: `bandit ${version}; python ${pythonVersion}` };
    }
    catch {
        return undefined;
    }
}
async function findExecutable(program, env) {
    const candidates = program.includes("/") ? [(0,external_node_path_.resolve)(program)] : (env.PATH ?? "").split(external_node_path_.delimiter).filter(Boolean).map((dir) => (0,external_node_path_.join)(dir, program));
    for (const candidate of candidates) {
        const info = await (0,promises_.stat)(candidate).catch(() => undefined);
        if (!info?.isFile())
            continue;
        if (await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK).then(() => true, () => false))
            return candidate;
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/core/messages.js
var messages = __nccwpck_require__(1072);
;// CONCATENATED MODULE: ./build/adapters/bandit/locate.js






/**
 * Order of the search: the configured command, then $BANDIT_GATE_BANDIT, then `bandit` on PATH,
 * then `python3 -m bandit`; then (Action, hook) a pinned install of our own; else a clear error.
 */
/** The first Bandit that answers, without installing one; a configured command that does not answer is an error. */
async function findBandit(location) {
    for (const configured of [location.explicit, location.fromEnv]) {
        if (!configured?.trim())
            continue;
        const found = await ask((0,adapters_process/* splitCommand */.GW)(configured), location.env);
        if (!found)
            throw new errors/* ConfigurationError */.j1(messages/* messages */.D.banditUnusable(configured));
        return found;
    }
    for (const argv of [["bandit"], ["python3", "-m", "bandit"]]) {
        const found = await ask(argv, location.env);
        if (found)
            return found;
    }
    return undefined;
}
/** Its installation's metadata when that is unambiguous, else `bandit --version`. */
async function ask(argv, env) {
    return (await readInstalledBandit(argv, env)) ?? (0,run/* probeBandit */.tN)(argv, env);
}
/** None was found: install the pinned one where allowed (Action, hook), else say how to. */
function provideBandit(location, logger) {
    if (location.provision)
        return provisionBandit(location.provision.dir, location.provision.version, location.provision.logger ?? logger);
    throw new errors/* ConfigurationError */.j1(messages/* messages */.D.banditMissing(messages/* PINNED_BANDIT_VERSION */.N));
}
/**
 * Start looking for Bandit now, while git does its part, and hand the answer over when a scan
 * needs it (`bandit --version` costs a Python start-up). Nothing is installed, and no error is
 * raised, unless a scan actually asks: a change with no Python files never needs Bandit.
 */
function locateBanditEarly(location, logger) {
    const search = findBandit(location).then((found) => ({ found }), (error) => ({ error }));
    return async () => {
        const outcome = await search;
        if ("error" in outcome)
            throw outcome.error;
        return outcome.found ?? provideBandit(location, logger);
    };
}

;// CONCATENATED MODULE: ./build/app/compose.js





/** Wire the real adapters together for one run. Bandit is located lazily: only if a scan is needed. */
async function realGateDeps(settings, location, logger, env = process.env, options = {}) {
    const bandit = locateBanditEarly(location, logger);
    const git = await adapters_git/* Git */.TU.open(settings.cwd, env);
    return {
        git,
        logger,
        bandit,
        scanner: async (config) => {
            const command = await bandit();
            const runner = new run/* BanditRunner */.t(command, { config: config.config, jobs: settings.jobs });
            if (options.scanCacheDir === undefined)
                return runner;
            // Once a day, in the background of the scan: entries unused for 30 days go.
            void pruneScanCache(options.scanCacheDir);
            return new CachingScanner(runner, {
                dir: options.scanCacheDir,
                configDigest: config.digest,
                // Excludes and B101's skips in a configuration match paths; Bandit's defaults match none.
                pathDependent: config.config.kind !== "none",
                logger,
            });
        },
    };
}
function defaultJobs() {
    return Math.max(1, (0,external_node_os_.availableParallelism)());
}


/***/ }),

/***/ 9376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   FF: () => (/* binding */ GATE_OPTIONS),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   el: () => (/* binding */ gateSettingsFromFlags),
/* harmony export */   zR: () => (/* binding */ OUTPUT_OPTIONS)
/* harmony export */ });
/* unused harmony export parseShard */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2807);
/* harmony import */ var _core_gate_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2669);
/* harmony import */ var _core_gate_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1576);
/* harmony import */ var _core_report_render_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1496);
/* harmony import */ var _app_compose_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6510);







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
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${error.message}; see --help`);
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
        if ((0,_core_gate_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .isThreshold */ .Av)(lower))
            return lower;
        problems.push(`--${flag} must be one of all, low, medium, high (got "${value}")`);
        return "all";
    };
    const severityLevel = threshold("severity-level", values["severity-level"]);
    const confidenceLevel = threshold("confidence-level", values["confidence-level"]);
    let nosec = "new-is-regression";
    if (values.nosec !== undefined) {
        if (_core_gate_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .NOSEC_POLICIES */ .i.includes(values.nosec))
            nosec = values.nosec;
        else
            problems.push(`--nosec must be "honor" or "new-is-regression" (got "${values.nosec}")`);
    }
    if (values.base !== undefined && values.baseline !== undefined) {
        problems.push("--base and --baseline are alternatives: compare with a git revision or with a baseline file, not both");
    }
    let jobs = (0,_app_compose_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultJobs */ .y)();
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
    const paths = positionals.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(context.repoRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, p)).split("\\").join("/"));
    for (const [i, p] of paths.entries()) {
        if (p.startsWith(".."))
            problems.push(`path "${positionals[i]}" is outside the repository ${context.repoRoot}`);
    }
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(problems.join("\n"));
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
    if (_core_report_render_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FORMATS */ .E.includes(value))
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--format must be one of ${_core_report_render_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FORMATS */ .E.join(", ")} (got "${value}")`);
}


/***/ }),

/***/ 5521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ConsoleLogger)
/* harmony export */ });
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


/***/ }),

/***/ 9654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ HELP),
/* harmony export */   c: () => (/* binding */ HELP_FIX)
/* harmony export */ });
/* harmony import */ var _core_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1072);

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
  bandit-gate hook [options] [FILES...]       judge staged changes against HEAD (pre-commit)
  bandit-gate merge REPORT.json...            combine the JSON reports of --shard runs
  bandit-gate fix [options] [PATHS...]       regenerate regressed functions with a model, as a patch
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
  --no-cache               scan every file again (also BANDIT_GATE_NO_CACHE=1); results are
                           otherwise reused from the cache directory by content
  -q, --quiet              no progress messages on stderr
  -h, --help               this help

Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a changed file (unless --allow-scan-errors), 4 internal error.
Bandit: install it with  python3 -m pip install "bandit[toml]==${_core_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .PINNED_BANDIT_VERSION */ .N}"
`,
    merge: `Usage: bandit-gate merge [options] REPORT.json...

Combines the JSON reports of the shards of one run (check --shard i/n --format json) into one
verdict and one report, as if the run had not been split. The shards must share the baseline
and the Bandit version, and all n of them must be given.

Options:
  -f, --format F           text|json|sarif|markdown (text)
  -o, --output FILE        write the report there (the terminal gets the text summary)
  --allow-scan-errors      exit 0/1 even if a shard could not scan a file
`,
    baseline: `Usage: bandit-gate baseline --output FILE [options] [PATHS...]

Scans every Python file in the working tree and writes a baseline file (bandit-gate's own
format: identities as hashes and counts, never source or Bandit's messages, which can quote
secrets). Compare with it later: bandit-gate check --baseline FILE.

Options:
  -o, --output FILE        where to write the baseline (required)
  --include GLOB, --exclude GLOB, --bandit CMD, --jobs N, --allow-scan-errors, --no-cache  as for check
  -q, --quiet              no progress messages on stderr
`,
    hook: `Usage: bandit-gate hook [options] [FILES...]

The pre-commit hook (id bandit-gate in .pre-commit-hooks.yaml). Judges the STAGED content of
FILES (all staged Python files if none are given) against HEAD: what the commit would add, not
the working tree, so a partially staged file is judged by its staged part. In a repository's
first commit everything staged is new. Same matching, # nosec policy and thresholds as check.
Run by pre-commit over a range (PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF: pre-push, --from-ref),
it judges the range's last commit against its first instead.

Options:
  --baseline FILE          compare with a stored baseline file instead of HEAD
  --base REF               compare with this revision instead of HEAD
  --severity-level L, --confidence-level L, --nosec P, --include GLOB, --exclude GLOB,
  --jobs N, --allow-scan-errors  as for check
  --bandit CMD             the Bandit to run (else $BANDIT_GATE_BANDIT, bandit on PATH,
                           python3 -m bandit, else Bandit ${_core_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .PINNED_BANDIT_VERSION */ .N} installed once into a
                           virtual environment in the cache directory)
  --no-cache               scan every file again (also BANDIT_GATE_NO_CACHE=1)
  -v, --verbose            progress messages on stderr
  -h, --help               this help

Cache directory: $BANDIT_GATE_CACHE_DIR, else $XDG_CACHE_HOME/bandit-gate, else
~/.cache/bandit-gate; delete it to clear the scan cache and the installed Bandit.
Skip the hook once: SKIP=bandit-gate git commit ...
Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a staged file (unless --allow-scan-errors), 4 internal error.
`,
};
const HELP_FIX = `Usage: bandit-gate fix [options] [PATHS...]

Runs the gate, then regenerates every function that holds a regression: it asks a model for a
rewrite, rejects rewrites that cheat (renamed or re-signed functions, changed decorators, new
# nosec, removed raise statements or handlers, stub bodies, failing tests), rescans each candidate
with Bandit, adapts the security profile to what Bandit found, and keeps the best round only if
it scores below the original. Model output is parsed and scanned, never run. Module-level
findings are reported, not regenerated.

Options (the gate's options apply too, except --head):
${GATE_FLAGS}
  --max-rounds N           rounds per function (3)
  --temperature-ramp LIST  temperature per round, e.g. 0.2,0.4,0.6 (0.2); the anthropic
                           generator cannot send one (API 2026-10-21) and only records it
  --generator G            anthropic (needs ANTHROPIC_API_KEY; honours ANTHROPIC_BASE_URL) or
                           replay:FILE (replies from a file or an earlier --record)
  --model M                the anthropic model (claude-sonnet-5-5)
  --max-tokens N           token budget of the whole run, input plus output (200000); never exceeded
  --test-command CMD       run CMD (through sh) on a patched copy of the tree; a failure rejects the candidate
  --profile FILE           the security profile (.github/bandit-gate/profile.yml; created when absent,
                           written back after the run)
  --record FILE            write the JSON record of the run (prompts, replies, scores, usage)
  --write                  apply the fix to the working tree
  --patch FILE             write the unified diff to FILE (default: the diff goes to stdout)
  -q, --quiet              no progress messages on stderr
  -h, --help               this help

Exit codes: 0 every regressed function fixed (or nothing to fix), 1 something left unfixed,
            2 usage or configuration error, 3 Bandit could not scan a changed file, 4 internal error.
`;


/***/ }),

/***/ 9713:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6268);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
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

/***/ 6268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/core/gate/baseline-file.js
var baseline_file = __nccwpck_require__(2476);
// EXTERNAL MODULE: ./build/core/group.js
var group = __nccwpck_require__(1181);
// EXTERNAL MODULE: ./build/core/gate/selection.js
var selection = __nccwpck_require__(1666);
// EXTERNAL MODULE: ./build/adapters/bandit/config.js
var bandit_config = __nccwpck_require__(8332);
// EXTERNAL MODULE: ./build/app/check.js + 5 modules
var check = __nccwpck_require__(2266);
// EXTERNAL MODULE: ./build/adapters/files/head-files.js
var head_files = __nccwpck_require__(2925);
;// CONCATENATED MODULE: ./build/app/baseline.js






/** `bandit-gate baseline`: scan every Python file of the tree and store identities, not text. */
async function runBaselineCommand(settings, deps) {
    const { git, logger } = deps;
    const select = (0,selection/* makeSelector */.qB)(settings);
    const candidates = (await (0,head_files/* listHeadFiles */.Wt)(git, settings.head)).filter((p) => select(p) && (0,head_files/* mayBePython */.zD)(p));
    const head = await (0,head_files/* loadHeadFiles */.mn)(git, settings.head, candidates);
    const config = await (0,bandit_config/* loadBanditConfig */.p)(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
    try {
        const files = (0,head_files/* pythonOnly */.rh)(head, [...head.contents.keys()]).sort();
        const scanner = await deps.scanner(config);
        logger.info(`Scanning ${files.length} Python file(s) with Bandit ${scanner.version}`);
        const result = await scanner.scan(head.root, files);
        const items = (0,check/* fingerprintSide */.Wq)(result.findings, head, (p) => p);
        const byPath = (0,group/* groupBy */.$)(items, (item) => item.finding.path);
        const stored = (0,baseline_file/* buildBaselineFile */.M)(scanner.version, config.digest, files.map((path) => ({ path, blob: (0,baseline_file/* blobId */.zA)(head.contents.get(path)), findings: byPath.get(path) ?? [] })));
        return {
            text: (0,baseline_file/* serialiseBaselineFile */.FG)(stored),
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

// EXTERNAL MODULE: ./build/app/compose.js + 5 modules
var compose = __nccwpck_require__(6510);
// EXTERNAL MODULE: ./build/core/messages.js
var messages = __nccwpck_require__(1072);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(2807);
// EXTERNAL MODULE: ./build/core/report/render.js + 3 modules
var render = __nccwpck_require__(1496);
// EXTERNAL MODULE: ./build/core/report/report.js
var report_report = __nccwpck_require__(6859);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./build/core/gate/merge.js

/**
 * Combine the reports of the shards of one run (matrix jobs, `--shard i/n`) into the report an
 * unsharded run would have written. Shards must agree on the baseline and the Bandit version;
 * otherwise they are not parts of one run. Throws a MergeError listing every disagreement.
 */
function mergeReports(parts) {
    const problems = [];
    const first = parts[0];
    if (!first)
        throw new MergeError(["no reports to merge"]);
    parts.forEach((part, i) => {
        if (part.schema !== "bandit-gate/report" || part.schema_version !== 1)
            problems.push(`report ${i + 1} is not a bandit-gate report (schema_version 1)`);
        if (JSON.stringify(part.baseline) !== JSON.stringify(first.baseline))
            problems.push(`report ${i + 1} has another baseline than report 1`);
    });
    const banditVersions = new Set(parts.map((p) => p.bandit_version).filter((v) => v !== "not run"));
    if (banditVersions.size > 1)
        problems.push(`the reports come from different Bandit versions (${[...banditVersions].join(", ")})`);
    const shards = parts.map((p) => p.scanned.shard).filter((s) => s !== undefined);
    const totals = new Set(shards.map((s) => s.split("/")[1]));
    if (totals.size > 1)
        problems.push(`the reports come from different shard counts (${shards.join(", ")})`);
    if (new Set(shards).size !== shards.length)
        problems.push(`a shard appears twice (${shards.join(", ")})`);
    const total = Number([...totals][0] ?? parts.length);
    if (shards.length > 0 && shards.length !== total)
        problems.push(`expected ${total} shard reports, got ${shards.length}: ${shards.join(", ")}`);
    if (problems.length > 0)
        throw new MergeError(problems);
    const byLocation = (a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0);
    return (0,report_report/* finishReport */.Ux)({
        regressions: parts.flatMap((p) => p.regressions).sort((a, b) => byLocation(a, b) || a.test_id.localeCompare(b.test_id)),
        fixed: parts.flatMap((p) => p.fixed).sort((a, b) => byLocation(a, b) || a.test_id.localeCompare(b.test_id)),
        unchanged: parts.reduce((sum, p) => sum + p.unchanged, 0),
        baseline: first.baseline,
        scanned: {
            head: first.scanned.head,
            ...(first.scanned.head_commit ? { head_commit: first.scanned.head_commit } : {}),
            files: parts.flatMap((p) => p.scanned.files).sort(),
            baseline_files: parts.reduce((sum, p) => sum + p.scanned.baseline_files, 0),
        },
        bandit_version: [...banditVersions][0] ?? first.bandit_version,
        scan_errors: parts.flatMap((p) => p.scan_errors),
        notes: [...new Set(parts.flatMap((p) => p.notes))],
    });
}
class MergeError extends Error {
    problems;
    name = "MergeError";
    constructor(problems) {
        super(problems.join("; "));
        this.problems = problems;
    }
}

;// CONCATENATED MODULE: ./build/app/merge.js



/** Read shard reports (JSON written by `check --format json`) and merge them into one. */
async function mergeReportFiles(files) {
    if (files.length === 0)
        throw new errors/* ConfigurationError */.j1("merge needs the JSON reports of the shards (bandit-gate merge REPORT.json ...)");
    const parts = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, "utf8");
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot read the report ${file}: ${error.message}`);
        }
        try {
            parts.push(JSON.parse(text));
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${file} is not JSON; merge takes reports written by \`bandit-gate check --format json\``);
        }
    }
    try {
        return mergeReports(parts);
    }
    catch (error) {
        if (error instanceof MergeError)
            throw new errors/* ConfigurationError */.j1(`cannot merge ${files.join(", ")}: ${error.problems.join("; ")}`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/core/version.js
/** This tool's version, reported in SARIF and --version. Kept in step with package.json by a test. */
const TOOL_VERSION = "0.1.0";

// EXTERNAL MODULE: ./build/adapters/git.js
var adapters_git = __nccwpck_require__(6689);
// EXTERNAL MODULE: ./build/cli/args.js
var args = __nccwpck_require__(9376);
// EXTERNAL MODULE: ./build/cli/console-logger.js
var console_logger = __nccwpck_require__(5521);
// EXTERNAL MODULE: ./build/cli/help.js
var help = __nccwpck_require__(9654);
// EXTERNAL MODULE: ./build/adapters/files/output-file.js
var output_file = __nccwpck_require__(6691);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./build/adapters/caches/cache-dir.js

/**
 * `$BANDIT_GATE_CACHE_DIR`, else `$XDG_CACHE_HOME/bandit-gate` (an absolute one: the XDG spec
 * says to ignore a relative one), else `%LOCALAPPDATA%\bandit-gate` on Windows, else
 * `~/.cache/bandit-gate`. The scan cache is on unless `--no-cache` or `BANDIT_GATE_NO_CACHE`.
 */
function userCache(env, context) {
    const dir = userCacheDir(env, context);
    return scanCacheEnabled(context.noCacheFlag, env) ? { dir, scans: (0,external_node_path_.join)(dir, "scans") } : { dir };
}
function userCacheDir(env, context) {
    const explicit = env.BANDIT_GATE_CACHE_DIR?.trim();
    if (explicit)
        return (0,external_node_path_.resolve)(context.cwd, explicit);
    const xdg = env.XDG_CACHE_HOME?.trim();
    if (xdg && (0,external_node_path_.isAbsolute)(xdg))
        return (0,external_node_path_.join)(xdg, "bandit-gate");
    const local = env.LOCALAPPDATA?.trim();
    if (context.platform === "win32" && local)
        return (0,external_node_path_.join)(local, "bandit-gate");
    return (0,external_node_path_.join)(context.home, ".cache", "bandit-gate");
}
/** `BANDIT_GATE_NO_CACHE` turns the scan cache off when set to anything but "", "0", "false" or "no". */
function scanCacheEnabled(noCacheFlag, env) {
    if (noCacheFlag)
        return false;
    const value = env.BANDIT_GATE_NO_CACHE?.trim().toLowerCase();
    return value === undefined || value === "" || value === "0" || value === "false" || value === "no";
}

;// CONCATENATED MODULE: ./build/cli/user-cache.js


/** `--no-cache`, for the commands that scan (check, baseline, hook). */
const NO_CACHE_OPTION = { "no-cache": { type: "boolean" } };
/** The user's cache directory, with the scan cache unless --no-cache or BANDIT_GATE_NO_CACHE. */
function userCacheFor(noCacheFlag, io) {
    return userCache(io.env, { cwd: io.cwd, home: (0,external_node_os_.homedir)(), platform: process.platform, noCacheFlag: noCacheFlag === true });
}
function scanCacheDeps(cache) {
    return cache.scans !== undefined ? { scanCacheDir: cache.scans } : {};
}

;// CONCATENATED MODULE: ./build/cli/commands/hook.js












/**
 * Options of `bandit-gate hook`: the gate's, less those that make no sense before a commit
 * exists (`--head`, `--shard`), plus the cache switch and progress messages.
 */
const HOOK_OPTIONS = {
    base: args/* GATE_OPTIONS */.FF.base,
    baseline: args/* GATE_OPTIONS */.FF.baseline,
    "severity-level": args/* GATE_OPTIONS */.FF["severity-level"],
    "confidence-level": args/* GATE_OPTIONS */.FF["confidence-level"],
    nosec: args/* GATE_OPTIONS */.FF.nosec,
    include: args/* GATE_OPTIONS */.FF.include,
    exclude: args/* GATE_OPTIONS */.FF.exclude,
    bandit: args/* GATE_OPTIONS */.FF.bandit,
    "allow-scan-errors": args/* GATE_OPTIONS */.FF["allow-scan-errors"],
    jobs: args/* GATE_OPTIONS */.FF.jobs,
    help: args/* GATE_OPTIONS */.FF.help,
    ...NO_CACHE_OPTION,
    verbose: { type: "boolean", short: "v" },
};
/**
 * `bandit-gate hook [options] [FILES...]`: what pre-commit runs with the staged Python files.
 * Judges their staged content (the index git is about to commit, which is the one named by
 * GIT_INDEX_FILE during `git commit`) against HEAD, or against a baseline file. Progress is
 * quiet unless --verbose, since pre-commit shows a hook's output only when it fails; installing
 * Bandit is always announced.
 */
async function hookCommand(argv, io) {
    const { values, positionals } = (0,args/* parseCommandLine */.Du)(argv, HOOK_OPTIONS);
    if (values.help) {
        io.stdout(help/* HELP */._.hook);
        return errors/* EXIT */.dc.ok;
    }
    const git = await adapters_git/* Git */.TU.open(io.cwd, io.env);
    const flags = (0,args/* gateSettingsFromFlags */.el)(values, positionals, { cwd: io.cwd, repoRoot: git.root, head: { kind: "index" } });
    const settings = hookSettings(flags, { fromRef: io.env.PRE_COMMIT_FROM_REF, toRef: io.env.PRE_COMMIT_TO_REF });
    const debug = io.env.BANDIT_GATE_DEBUG === "1";
    const logger = new console_logger/* ConsoleLogger */.C(io.stderr, { quiet: values.verbose !== true, debug });
    const cache = userCacheFor(values["no-cache"], io);
    const bandit = {
        explicit: values.bandit,
        fromEnv: io.env.BANDIT_GATE_BANDIT,
        env: io.env,
        provision: { dir: cache.dir, version: messages/* PINNED_BANDIT_VERSION */.N, logger: new console_logger/* ConsoleLogger */.C(io.stderr, { quiet: false, debug }) },
    };
    const deps = await (0,compose/* realGateDeps */.c)(settings, bandit, logger, io.env, scanCacheDeps(cache));
    const report = await (0,check/* runGate */.Rg)(settings, deps);
    io.stdout((0,render/* renderReport */.B)(report, "text", { colour: io.stdoutIsTty && !io.env.NO_COLOR, toolVersion: TOOL_VERSION }));
    if (report.scan_errors.length > 0 && !settings.allowScanErrors) {
        io.stderr(`bandit-gate: ${messages/* messages */.D.scanFailed(report.scan_errors)}\n`);
    }
    return (0,report_report/* exitCodeOf */.FO)(report, settings.allowScanErrors);
}
/**
 * The hook compares the index with HEAD unless told otherwise (--base REF or --baseline FILE).
 * Run over a range of commits (the pre-push stage, `pre-commit run --from-ref A --to-ref B`),
 * pre-commit names the range; there is nothing staged to judge then, so the range is judged.
 */
function hookSettings(settings, range = {}) {
    const inRange = Boolean(range.fromRef && range.toRef);
    return {
        ...settings,
        head: inRange ? { kind: "commit", ref: range.toRef } : settings.head,
        baseline: settings.baseline.kind !== "auto" ? settings.baseline : { kind: "ref", ref: inRange ? range.fromRef : "HEAD" },
    };
}

;// CONCATENATED MODULE: ./build/cli/main.js

















const COMMANDS = {
    check: checkCommand,
    baseline: baselineCommand,
    hook: hookCommand,
    merge: mergeCommand,
    // Loaded on demand: the model SDK is most of the bundle, and the gate and hook never need it.
    fix: async (argv, io) => (await Promise.all(/* import() */[__nccwpck_require__.e(152), __nccwpck_require__.e(795)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3795))).fixCommand(argv, io),
};
/** Translate argv into a command run and its exit code. Never throws. */
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
        io.stdout(help/* HELP */._.main);
        return name === undefined ? errors/* EXIT */.dc.configuration : errors/* EXIT */.dc.ok;
    }
    if (name === "--version" || name === "-V") {
        io.stdout(`bandit-gate ${TOOL_VERSION}\n`);
        return errors/* EXIT */.dc.ok;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`bandit-gate: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")} (see --help)\n`);
        return errors/* EXIT */.dc.configuration;
    }
    try {
        return await command(rest, io);
    }
    catch (error) {
        const code = (0,errors/* exitCodeFor */.Rr)(error);
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(code === errors/* EXIT */.dc.internal ? `bandit-gate: internal error: ${error?.stack ?? message}\n` : `bandit-gate: ${message}\n`);
        return code;
    }
}
function banditLocation(flag, env) {
    return { explicit: flag, fromEnv: env.BANDIT_GATE_BANDIT, env };
}
async function checkCommand(argv, io) {
    const { values, positionals } = (0,args/* parseCommandLine */.Du)(argv, { ...args/* GATE_OPTIONS */.FF, ...args/* OUTPUT_OPTIONS */.zR, ...NO_CACHE_OPTION, quiet: { type: "boolean", short: "q" } });
    if (values.help) {
        io.stdout(help/* HELP */._.check);
        return errors/* EXIT */.dc.ok;
    }
    const format = (0,args/* parseFormat */.Xc)(values.format, "text");
    const git = await adapters_git/* Git */.TU.open(io.cwd, io.env);
    const settings = (0,args/* gateSettingsFromFlags */.el)(values, positionals, { cwd: io.cwd, repoRoot: git.root });
    const logger = new console_logger/* ConsoleLogger */.C(io.stderr, { quiet: values.quiet === true, debug: io.env.BANDIT_GATE_DEBUG === "1" });
    const deps = await (0,compose/* realGateDeps */.c)(settings, banditLocation(values.bandit, io.env), logger, io.env, scanCacheDeps(userCacheFor(values["no-cache"], io)));
    const report = await (0,check/* runGate */.Rg)(settings, deps);
    await emitReport(report, format, values.output, io);
    if (report.scan_errors.length > 0 && !settings.allowScanErrors) {
        io.stderr(`bandit-gate: ${messages/* messages */.D.scanFailed(report.scan_errors)}\n`);
    }
    return (0,report_report/* exitCodeOf */.FO)(report, settings.allowScanErrors);
}
async function baselineCommand(argv, io) {
    const { values, positionals } = (0,args/* parseCommandLine */.Du)(argv, {
        include: args/* GATE_OPTIONS */.FF.include,
        exclude: args/* GATE_OPTIONS */.FF.exclude,
        bandit: args/* GATE_OPTIONS */.FF.bandit,
        jobs: args/* GATE_OPTIONS */.FF.jobs,
        "allow-scan-errors": args/* GATE_OPTIONS */.FF["allow-scan-errors"],
        help: args/* GATE_OPTIONS */.FF.help,
        output: args/* OUTPUT_OPTIONS */.zR.output,
        ...NO_CACHE_OPTION,
        quiet: { type: "boolean", short: "q" },
    });
    if (values.help) {
        io.stdout(help/* HELP */._.baseline);
        return errors/* EXIT */.dc.ok;
    }
    if (values.output === undefined)
        throw new errors/* ConfigurationError */.j1("baseline needs --output FILE (for example --output .bandit-baseline.json)");
    const git = await adapters_git/* Git */.TU.open(io.cwd, io.env);
    const settings = (0,args/* gateSettingsFromFlags */.el)(values, positionals, { cwd: io.cwd, repoRoot: git.root });
    const logger = new console_logger/* ConsoleLogger */.C(io.stderr, { quiet: values.quiet === true, debug: false });
    const deps = await (0,compose/* realGateDeps */.c)(settings, banditLocation(values.bandit, io.env), logger, io.env, scanCacheDeps(userCacheFor(values["no-cache"], io)));
    const result = await runBaselineCommand(settings, deps);
    for (const f of result.failures)
        io.stderr(`bandit-gate: could not scan ${f.path}: ${f.reason}\n`);
    if (result.failures.length > 0 && !settings.allowScanErrors) {
        io.stderr("bandit-gate: baseline not written: fix the file(s) above or pass --allow-scan-errors\n");
        return errors/* EXIT */.dc.scan;
    }
    await (0,output_file/* writeOutputFile */.B)((0,external_node_path_.resolve)(io.cwd, values.output), result.text, "--output");
    io.stdout(`bandit-gate: wrote ${values.output}: ${result.findings} finding(s) in ${result.files} Python file(s), Bandit ${result.banditVersion}\n`);
    return errors/* EXIT */.dc.ok;
}
async function mergeCommand(argv, io) {
    const { values, positionals } = (0,args/* parseCommandLine */.Du)(argv, {
        ...args/* OUTPUT_OPTIONS */.zR,
        "allow-scan-errors": args/* GATE_OPTIONS */.FF["allow-scan-errors"],
        help: args/* GATE_OPTIONS */.FF.help,
    });
    if (values.help) {
        io.stdout(help/* HELP */._.merge);
        return errors/* EXIT */.dc.ok;
    }
    const format = (0,args/* parseFormat */.Xc)(values.format, "text");
    const report = await mergeReportFiles(positionals.map((p) => (0,external_node_path_.resolve)(io.cwd, p)));
    await emitReport(report, format, values.output, io);
    return (0,report_report/* exitCodeOf */.FO)(report, values["allow-scan-errors"] === true);
}
/** Write the report in `format` to `output` (the terminal then gets the text report) or stdout. */
async function emitReport(report, format, output, io) {
    const options = { colour: io.stdoutIsTty && !io.env.NO_COLOR, toolVersion: TOOL_VERSION };
    if (output === undefined) {
        io.stdout((0,render/* renderReport */.B)(report, format, options));
        return;
    }
    await (0,output_file/* writeOutputFile */.B)((0,external_node_path_.resolve)(io.cwd, output), (0,render/* renderReport */.B)(report, format, options), "--output");
    io.stdout(format === "text" ? `bandit-gate: ${(0,report_report/* headline */.Pl)(report)}\n` : (0,render/* renderReport */.B)(report, "text", options));
}


/***/ }),

/***/ 2807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   sC: () => (/* binding */ ScanError)
/* harmony export */ });
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


/***/ }),

/***/ 2476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ serialiseBaselineFile),
/* harmony export */   G5: () => (/* binding */ BaselineFileError),
/* harmony export */   M: () => (/* binding */ buildBaselineFile),
/* harmony export */   cC: () => (/* binding */ planAgainstStored),
/* harmony export */   f7: () => (/* binding */ parseBaselineFile),
/* harmony export */   g_: () => (/* binding */ storedEntries),
/* harmony export */   zA: () => (/* binding */ blobId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);

/** The git blob id of some content: `git hash-object` without running git. */
function blobId(content) {
    const body = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(`blob ${body.length}\0`).update(body).digest("hex");
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
/**
 * Plan a check against a stored baseline. `head` holds the blob id of every candidate file at
 * head (not just this shard's), so a file moved into another shard is recognised as moved;
 * `owns` says which paths this run (shard) answers for. Reuse of stored findings for unchanged
 * files requires the same Bandit and configuration (`reuse`); renames are recognised either way.
 */
function planAgainstStored(stored, head, options) {
    const goneByBlob = new Map();
    for (const [path, entry] of Object.entries(stored.files)) {
        if (head.has(path))
            continue;
        const list = goneByBlob.get(entry.blob);
        if (list)
            list.push(path);
        else
            goneByBlob.set(entry.blob, [path]);
    }
    // Deterministic pairing of moved files: head paths in order take the stored paths in order.
    const movedFrom = new Map();
    for (const path of [...head.keys()].sort()) {
        const blob = head.get(path);
        if (stored.files[path]?.blob === blob)
            continue;
        const candidates = goneByBlob.get(blob);
        const from = candidates?.shift();
        if (from)
            movedFrom.set(path, from);
    }
    const movedAway = new Set(movedFrom.values());
    const plan = { scan: [], unchanged: [], gone: [] };
    for (const [path, blob] of [...head.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!options.owns(path))
            continue;
        const storedPath = stored.files[path]?.blob === blob ? path : movedFrom.get(path);
        if (options.reuse && storedPath)
            plan.unchanged.push({ path, storedPath });
        else {
            const baselineOf = storedPath ?? (stored.files[path] ? path : undefined);
            plan.scan.push(baselineOf ? { path, storedPath: baselineOf } : { path });
        }
    }
    for (const path of Object.keys(stored.files).sort()) {
        if (!head.has(path) && !movedAway.has(path) && options.owns(path))
            plan.gone.push(path);
    }
    return plan;
}


/***/ }),

/***/ 2669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ isThreshold),
/* harmony export */   Le: () => (/* binding */ levelRank),
/* harmony export */   M0: () => (/* binding */ meetsThreshold)
/* harmony export */ });
/* unused harmony export THRESHOLDS */
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


/***/ }),

/***/ 7464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ hasPythonShebang),
/* harmony export */   qb: () => (/* binding */ normalisePath),
/* harmony export */   s1: () => (/* binding */ isPythonPath),
/* harmony export */   tP: () => (/* binding */ isExtensionless)
/* harmony export */ });
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


/***/ }),

/***/ 1576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ judge),
/* harmony export */   i: () => (/* binding */ NOSEC_POLICIES)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2669);

const NOSEC_POLICIES = ["honor", "new-is-regression"];
function judge(comparison, policy) {
    const passes = (f) => (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .meetsThreshold */ .M0)(f.severity, policy.severityLevel) && (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .meetsThreshold */ .M0)(f.confidence, policy.confidenceLevel);
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
        else if (!head.suppressed && (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)(head.finding.severity) > (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)(base.severity)) {
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
    const fixed = comparison.removed
        .filter((entry) => !entry.suppressed && passes(entry))
        .sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0) || a.testId.localeCompare(b.testId));
    return { regressions: sortRegressions(regressions), fixed, unchanged };
}
function sortRegressions(list) {
    return list.sort((a, b) => a.finding.path.localeCompare(b.finding.path) ||
        a.finding.line - b.finding.line ||
        a.finding.testId.localeCompare(b.finding.testId));
}


/***/ }),

/***/ 1666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   qB: () => (/* binding */ makeSelector),
/* harmony export */   te: () => (/* binding */ isPythonFile)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7464);


function makeSelector(selection) {
    const options = { dot: true };
    const include = selection.include.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_0__(selection.include, options) : () => true;
    const exclude = selection.exclude.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_0__(selection.exclude, options) : () => false;
    const roots = selection.paths.map((p) => p.replace(/\/+$/, "")).filter((p) => p !== "" && p !== ".");
    const inRoots = (path) => roots.length === 0 || roots.some((r) => path === r || path.startsWith(`${r}/`));
    return (path) => inRoots(path) && include(path) && !exclude(path);
}
/**
 * Is this a Python file? By extension, or, for a file with no extension, by its shebang
 * (`firstLine` is asked for only then, since reading it costs I/O).
 */
function isPythonFile(path, firstLine) {
    if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isPythonPath */ .s1)(path))
        return true;
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isExtensionless */ .tP)(path))
        return false;
    const line = firstLine();
    return line !== undefined && (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .hasPythonShebang */ .T4)(line);
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


/***/ }),

/***/ 1181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ groupBy)
/* harmony export */ });
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


/***/ }),

/***/ 1072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ messages),
/* harmony export */   N: () => (/* binding */ PINNED_BANDIT_VERSION)
/* harmony export */ });
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
    /** Files Bandit could not scan, each with Bandit's reason, and the two ways out. */
    scanFailed: (failures, setting = "--allow-scan-errors") => `Bandit could not scan ${failures.map((f) => `${f.path} (${f.reason})`).join(", ")}, so the gate cannot vouch for ` +
        `${failures.length === 1 ? "it" : "them"}; fix the file${failures.length === 1 ? "" : "s"} (usually a syntax error) or pass ${setting} to accept the gap`,
    badBaselineFile: (file, problems) => `the baseline file ${file} is not usable: ${problems.join("; ")}. Recreate it with \`bandit-gate baseline --output ${file}\``,
    missingBaselineFile: (file) => `the baseline file ${file} does not exist; create it with \`bandit-gate baseline --output ${file}\` on the branch you compare against`,
};


/***/ }),

/***/ 1976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   bH: () => (/* binding */ redactSource)
/* harmony export */ });
/* unused harmony export isSecretTest */
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


/***/ }),

/***/ 1496:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ REPORT_FORMATS),
  B: () => (/* binding */ renderReport)
});

// EXTERNAL MODULE: ./build/core/report/report.js
var report_report = __nccwpck_require__(6859);
;// CONCATENATED MODULE: ./build/core/report/markdown.js

/** GitHub caps a step summary at 1 MiB; stay well inside it and say what was left out. */
const MAX_ROWS = 1000;
/** The job summary: a table of every regression (annotations are capped; this is not). */
function renderMarkdown(report) {
    const failed = report.counts.regressions > 0;
    const out = [];
    out.push(`## bandit-gate: ${failed ? "❌" : report.scan_errors.length > 0 ? "⚠️" : "✅"} ${escapeCell((0,report_report/* headline */.Pl)(report))}`);
    out.push("");
    out.push(`Baseline: ${escapeCell((0,report_report/* describeBaseline */.FT)(report.baseline))} · head: ${escapeCell(report.scanned.head)}` +
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

;// CONCATENATED MODULE: ./build/core/report/sarif.js
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

// EXTERNAL MODULE: ./build/core/group.js
var group = __nccwpck_require__(1181);
;// CONCATENATED MODULE: ./build/core/report/text.js


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
    out.push(`bandit-gate ${verdict}: ${(0,report_report/* headline */.Pl)(report)}; baseline ${(0,report_report/* describeBaseline */.FT)(report.baseline)}`);
    return `${out.join("\n")}\n`;
}
function groupByPath(list) {
    return (0,group/* groupBy */.$)(list, (r) => r.path);
}

;// CONCATENATED MODULE: ./build/core/report/render.js




const REPORT_FORMATS = ["text", "json", "sarif", "markdown"];
function renderReport(report, format, options) {
    switch (format) {
        case "json":
            return (0,report_report/* renderJson */.hF)(report);
        case "sarif":
            return renderSarif(report, { toolVersion: options.toolVersion });
        case "markdown":
            return renderMarkdown(report);
        case "text":
            return renderText(report, { colour: options.colour });
    }
}


/***/ }),

/***/ 6859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   FT: () => (/* binding */ describeBaseline),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   Ux: () => (/* binding */ finishReport),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1976);

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
        text: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(f.testId, f.text),
        fingerprint: `${r.key}:${r.occurrence}`,
        code: r.source.map((line) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSource */ .bH)(f.testId, line)),
    };
    // Bandit's column belongs to the statement's first line, which is not always the reported one.
    if (f.column !== undefined && f.lineRange[0] === f.line)
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
        record.text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(entry.testId, entry.text);
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(9713);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
