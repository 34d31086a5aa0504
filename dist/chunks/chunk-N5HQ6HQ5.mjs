import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  globProblem
} from "./chunk-MCDJBE3I.mjs";
import {
  LeakwardError,
  RuleError
} from "./chunk-4UU6KND7.mjs";

// src/rules/load.ts
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/rules/schema.ts
var RULE_KEYS = /* @__PURE__ */ new Set([
  "id",
  "description",
  "regex",
  "secretGroup",
  "entropy",
  "keywords",
  "path",
  "tags",
  "allowlists",
  "allowlist",
  "provider",
  "confidence",
  "checksum",
  "structure",
  "remediation",
  "verify",
  "revoke",
  "examples",
  "negatives",
  "required",
  "skipReport"
]);
var REQUIRED_KEYS = ["id", "withinLines", "withinColumns"];
var ALLOWLIST_KEYS = /* @__PURE__ */ new Set(["description", "condition", "regexTarget", "regexes", "paths", "globs", "stopwords", "commits"]);
var GLOBAL_ALLOWLIST_KEYS = /* @__PURE__ */ new Set([...ALLOWLIST_KEYS, "targetRules"]);
var CONFIDENCES = ["high", "medium", "low"];
var CHECKSUMS = ["github-crc32"];
var STRUCTURES = ["aws-key-id", "jwt", "base64-json", "base64-credentials"];
function lineFinder(text) {
  const lines = text.split("\n");
  return (key, afterLine = 1) => {
    const re = new RegExp(`^\\s*(?:${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})\\s*=`);
    for (let i = Math.max(0, afterLine - 1); i < lines.length; i++) if (re.test(lines[i])) return i + 1;
    return void 0;
  };
}
function fail(ctx, problem, key, hint) {
  const line = key ? ctx.find(key, ctx.line) ?? ctx.line : ctx.line;
  throw new RuleError(ctx.file, line, ctx.id, problem, hint);
}
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function str(ctx, t, key, required = false) {
  const v = t[key];
  if (v === void 0) {
    if (required) fail(ctx, `missing required "${key}"`, void 0, `Add ${key} = "\u2026" to the rule.`);
    return void 0;
  }
  if (typeof v !== "string") fail(ctx, `"${key}" must be a string`, key);
  return v;
}
function strList(ctx, t, key) {
  const v = t[key];
  if (v === void 0) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) fail(ctx, `"${key}" must be an array of strings`, key);
  return v;
}
function num(ctx, t, key) {
  const v = t[key];
  if (v === void 0) return void 0;
  if (typeof v !== "number" && typeof v !== "bigint") fail(ctx, `"${key}" must be a number`, key);
  return Number(v);
}
function oneOf(ctx, t, key, allowed) {
  const v = str(ctx, t, key);
  if (v === void 0) return void 0;
  if (!allowed.includes(v)) fail(ctx, `"${key}" must be one of ${allowed.join(", ")} (got "${v}")`, key);
  return v;
}
function validateAllowlist(ctx, raw, global = false) {
  const c = { ...ctx, requireExamples: false };
  if (!isObj(raw)) fail(c, "an allowlist must be a table");
  const keys = global ? GLOBAL_ALLOWLIST_KEYS : ALLOWLIST_KEYS;
  for (const k of Object.keys(raw)) {
    if (!keys.has(k)) {
      const hint = k === "targetRules" ? "targetRules belongs in a global [[allowlists]] table; a rule's own allowlist already applies only to it." : `Allowlist keys are: ${[...keys].join(", ")}.`;
      fail(c, `unknown allowlist key "${k}"`, k, hint);
    }
  }
  const condition = (str(c, raw, "condition") ?? "OR").toUpperCase();
  if (condition !== "OR" && condition !== "AND") fail(c, `"condition" must be "OR" or "AND"`, "condition");
  const regexTarget = oneOf(c, raw, "regexTarget", ["secret", "match", "line"]) ?? "secret";
  const a = {
    condition,
    regexTarget,
    regexes: strList(c, raw, "regexes"),
    paths: strList(c, raw, "paths"),
    stopwords: strList(c, raw, "stopwords"),
    commits: strList(c, raw, "commits")
  };
  const description = str(c, raw, "description");
  if (description) a.description = description;
  const globs = strList(c, raw, "globs");
  for (const g of globs) {
    const problem = globProblem(g);
    if (problem) fail(c, `glob "${g}" ${problem}`, "globs", 'Write a glob like "test/fixtures/**" or "*.min.js" (picomatch syntax).');
  }
  if (globs.length > 0) a.globs = globs;
  if (global && raw.targetRules !== void 0) {
    const targets = strList(c, raw, "targetRules");
    if (targets.length === 0) fail(c, '"targetRules" is empty: leave it out to apply the allowlist to every rule', "targetRules");
    a.targetRules = targets;
  }
  if (a.regexes.length + a.paths.length + globs.length + a.stopwords.length + a.commits.length === 0) {
    fail(c, "an allowlist needs at least one of regexes, paths, globs, stopwords, commits");
  }
  if (c.line !== void 0) a.source = { file: c.file, line: c.line };
  else a.source = { file: c.file };
  return a;
}
function validateRule(raw, where) {
  const ctx = { file: where.file, line: where.line, id: void 0, find: where.find, requireExamples: where.requireExamples };
  if (!isObj(raw)) fail(ctx, "a rule must be a table ([[rules]])");
  const id = str(ctx, raw, "id", true);
  ctx.id = id;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) fail(ctx, 'id must be letters, digits, ".", "_" or "-"', "id");
  for (const k of Object.keys(raw)) {
    if (!RULE_KEYS.has(k)) fail(ctx, `unknown key "${k}"`, k, `Rule keys are: ${[...RULE_KEYS].join(", ")}.`);
  }
  const regex = str(ctx, raw, "regex");
  const path = str(ctx, raw, "path");
  if (regex === void 0 && path === void 0 && !where.partial) fail(ctx, 'a rule needs a "regex", a "path", or both');
  const keywords = strList(ctx, raw, "keywords").map((k) => k.toLowerCase());
  for (const k of keywords) {
    if (!/^[\x20-\x7e]+$/.test(k)) fail(ctx, `keyword "${k}" must be printable ASCII`, "keywords");
  }
  if (raw.allowlists !== void 0 && raw.allowlist !== void 0) {
    fail(ctx, "both [rules.allowlist] and [[rules.allowlists]]", "allowlist", "Write every allowlist as [[rules.allowlists]] (gitleaks \u2265 8.21).");
  }
  const rawAllow = raw.allowlists ?? (raw.allowlist !== void 0 ? [raw.allowlist] : []);
  if (!Array.isArray(rawAllow)) fail(ctx, '"allowlists" must be an array of tables', "allowlists");
  const rule = {
    id,
    description: str(ctx, raw, "description") ?? id,
    keywords,
    tags: strList(ctx, raw, "tags"),
    allowlists: rawAllow.map((a, i) => validateAllowlist({ ...ctx, line: where.allowlistLines?.[i] ?? ctx.line }, a)),
    confidence: oneOf(ctx, raw, "confidence", CONFIDENCES) ?? "medium",
    examples: strList(ctx, raw, "examples"),
    negatives: strList(ctx, raw, "negatives"),
    source: { file: where.file, ...where.line ? { line: where.line } : {} }
  };
  if (regex !== void 0) rule.regex = regex;
  if (path !== void 0) rule.path = path;
  const secretGroup = num(ctx, raw, "secretGroup");
  if (secretGroup !== void 0) {
    if (!Number.isInteger(secretGroup) || secretGroup < 0) fail(ctx, '"secretGroup" must be a whole number \u2265 0', "secretGroup");
    rule.secretGroup = secretGroup;
  }
  const entropy = num(ctx, raw, "entropy");
  if (entropy !== void 0) {
    if (entropy < 0 || entropy > 8) fail(ctx, '"entropy" must be between 0 and 8 bits per character', "entropy");
    rule.entropy = entropy;
  }
  const checksum = oneOf(ctx, raw, "checksum", CHECKSUMS);
  if (checksum) rule.checksum = checksum;
  const structure = oneOf(ctx, raw, "structure", STRUCTURES);
  if (structure) rule.structure = structure;
  for (const k of ["provider", "remediation", "verify", "revoke"]) {
    const v = str(ctx, raw, k);
    if (v !== void 0) rule[k] = v;
  }
  if (raw.required !== void 0) {
    if (!Array.isArray(raw.required) || raw.required.length === 0) fail(ctx, '"required" must be [[rules.required]] tables', "required");
    rule.required = raw.required.map((r) => {
      if (!isObj(r)) fail(ctx, '"required" must be [[rules.required]] tables', "required");
      for (const k of Object.keys(r)) {
        if (!REQUIRED_KEYS.includes(k)) fail(ctx, `unknown key "${k}" in [[rules.required]]`, k, `Keys there are: ${REQUIRED_KEYS.join(", ")}.`);
      }
      const req = { id: str(ctx, r, "id", true) };
      for (const k of ["withinLines", "withinColumns"]) {
        const n = num(ctx, r, k);
        if (n === void 0) continue;
        if (!Number.isInteger(n) || n < 0) fail(ctx, `"${k}" must be a whole number \u2265 0`, k);
        req[k] = n;
      }
      return req;
    });
  }
  if (raw.skipReport !== void 0) {
    if (typeof raw.skipReport !== "boolean") fail(ctx, '"skipReport" must be true or false', "skipReport");
    if (raw.skipReport) rule.skipReport = true;
  }
  if (where.requireExamples && rule.examples.length === 0) {
    fail(
      ctx,
      "the rule has no examples",
      void 0,
      "Add examples = ['KEY=\xAB{{base62:32}}\xBB'] with templates that expand to values the rule must find."
    );
  }
  return rule;
}

// src/rules/load.ts
function parseToml(text, file) {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof TomlError) {
      throw new RuleError(
        file,
        e.line,
        void 0,
        `invalid TOML: ${e.message.split("\n")[0].replace(/^Invalid TOML document: /, "")}`,
        "Fix the TOML syntax at that line."
      );
    }
    throw e;
  }
}
function tableHeaders(text) {
  const out = { rules: [], ruleAllowlists: [], allowlists: [] };
  text.split("\n").forEach((l, i) => {
    if (/^\s*\[\[\s*rules\s*\]\]/.test(l)) out.rules.push(i + 1);
    else if (/^\s*\[\[?\s*rules\s*\.\s*allowlists?\s*\]\]?/.test(l)) out.ruleAllowlists.push(i + 1);
    else if (/^\s*\[\[?\s*allowlists?\s*\]\]?/.test(l)) out.allowlists.push(i + 1);
  });
  return out;
}
function parseRulesDocument(text, file, options) {
  const opts = typeof options === "boolean" ? { requireExamples: options } : options;
  return rulesFromDocument(parseToml(text, file), text, file, opts);
}
function rulesFromDocument(doc, text, file, opts) {
  const find = lineFinder(text);
  const headers = tableHeaders(text);
  const rawRules = doc.rules ?? [];
  if (!Array.isArray(rawRules)) throw new RuleError(file, find("rules"), void 0, '"rules" must be an array of tables ([[rules]])');
  const rules = rawRules.map((raw, i) => {
    const line = headers.rules[i];
    const next = headers.rules[i + 1] ?? Infinity;
    const allowlistLines = headers.ruleAllowlists.filter((l) => line !== void 0 && l > line && l < next);
    return validateRule(raw, { file, ...line ? { line } : {}, find, requireExamples: opts.requireExamples, allowlistLines, partial: opts.partial ?? false });
  });
  if (doc.allowlists !== void 0 && doc.allowlist !== void 0) {
    throw new RuleError(
      file,
      find("allowlist") ?? headers.allowlists[0],
      void 0,
      "both [allowlist] and [[allowlists]]",
      "Write every global allowlist as [[allowlists]] (gitleaks \u2265 8.25)."
    );
  }
  const rawAllow = doc.allowlists ?? (doc.allowlist !== void 0 ? [doc.allowlist] : []);
  if (!Array.isArray(rawAllow)) throw new RuleError(file, find("allowlists"), void 0, '"allowlists" must be an array of tables');
  const allowlists = rawAllow.map((a, i) => validateAllowlist({ file, line: headers.allowlists[i], id: void 0, find }, a, true));
  return { rules, allowlists };
}
function builtinRulesDir() {
  for (const rel of ["../rules/", "../../rules/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, "README.md"))) return dir;
  }
  throw new LeakwardError("IO", "cannot find the built-in rules folder", "Reinstall leakward.");
}
function loadRulesDir(dir, requireExamples = true) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".toml")).sort();
  } catch (e) {
    throw new LeakwardError(
      "IO",
      `cannot read the rules folder ${dir}: ${e.message}`,
      "Reinstall leakward, or pass a folder that exists."
    );
  }
  const out = { rules: [], allowlists: [] };
  const seen = /* @__PURE__ */ new Map();
  for (const name of names) {
    const path = join(dir, name);
    const display = relative(process.cwd(), path) || path;
    const doc = parseRulesDocument(readFileSync(path, "utf8"), display.startsWith("..") ? path : display, requireExamples);
    for (const r of doc.rules) {
      const prev = seen.get(r.id);
      if (prev) {
        throw new RuleError(
          r.source.file,
          r.source.line,
          r.id,
          `duplicate rule id (also at ${prev.source.file}:${prev.source.line ?? "?"})`,
          "Rule ids must be unique."
        );
      }
      seen.set(r.id, r);
      out.rules.push(r);
    }
    out.allowlists.push(...doc.allowlists);
  }
  return out;
}

export {
  lineFinder,
  parseToml,
  parseRulesDocument,
  rulesFromDocument,
  builtinRulesDir,
  loadRulesDir
};
