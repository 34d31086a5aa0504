import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunks/chunk-CDPBDTCL.mjs";
import {
  redact,
  sortFindings
} from "./chunks/chunk-PBG3NNNJ.mjs";
import {
  scan
} from "./chunks/chunk-X6LCVEHX.mjs";
import "./chunks/chunk-KYW7TU4C.mjs";
import {
  gitRun
} from "./chunks/chunk-WJIJQGAM.mjs";
import "./chunks/chunk-YZBMBJWR.mjs";
import "./chunks/chunk-YAV3TE62.mjs";
import "./chunks/chunk-N5HQ6HQ5.mjs";
import {
  parseBaseline
} from "./chunks/chunk-Z66QYUJO.mjs";
import "./chunks/chunk-KWRTRRCW.mjs";
import "./chunks/chunk-P7L454IC.mjs";
import "./chunks/chunk-MCDJBE3I.mjs";
import {
  LeakwardError
} from "./chunks/chunk-4UU6KND7.mjs";
import "./chunks/chunk-RBX45IUS.mjs";
import "./chunks/chunk-ALVH6ZA4.mjs";
import "./chunks/chunk-7CBM26Y7.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-CCGIFMQI.mjs";

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http = __require("http");
    var https = __require("https");
    var events = __require("events");
    var assert = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel2(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/verify.ts
function asInputError(e) {
  if (!(e instanceof LeakwardError)) return e;
  if (e.hint?.includes("--audit-log")) return new LeakwardError(e.code, e.message, e.hint.replace("another --audit-log file", "another `audit-log` input"));
  if (!e.message.startsWith("--provider-url")) return e;
  const message = `input "provider-urls": ${e.message.replace(/^--provider-url:?\s*/, "")}`;
  const hint = e.hint?.includes("--allow-private-provider-urls") ? "Secrets go only to public https hosts. For a test server or a provider inside your network, set `allow-private-provider-urls: true`." : e.hint;
  return new LeakwardError(e.code, message, hint);
}
function toVerdict(v) {
  if (v.status === "revoked") return { status: "live", revoked: true, ...v.identity ? { detail: v.identity } : {} };
  if (v.status !== "live") return { status: v.status, detail: v.reason };
  const words = [v.identity];
  const r = v.revocation;
  if (r?.action === "dry-run") words.push("dry run: would be revoked (set `revoke: true` to do it)");
  else if (r?.action === "failed") words.push("revocation not confirmed: rotate it by hand");
  else if (r?.action === "manual") words.push(r.rotateAt ? `no revocation API: rotate it at ${r.rotateAt}` : "no revocation API: rotate it by hand");
  const detail = words.filter(Boolean).join("; ");
  return { status: "live", ...detail ? { detail } : {} };
}
var confirmWithProviders = async (findings, options) => {
  const [{ confirmFindings }, { checkProviderUrls, parseProviderUrls: parseProviderUrls2 }, { VERIFIERS }] = await Promise.all([
    import("./chunks/confirm-7ZVMWJE3.mjs"),
    import("./chunks/provider-urls-47AJFHLD.mjs"),
    import("./chunks/registry-3I6342L5.mjs")
  ]);
  try {
    const overrides = parseProviderUrls2(Object.entries(options.providerUrls).map(([id, url]) => `${id}=${url}`), VERIFIERS.keys());
    await checkProviderUrls(overrides, { allowPrivate: options.allowPrivate });
  } catch (e) {
    throw asInputError(e);
  }
  const r = await confirmFindings(findings, {
    verify: options.verify,
    revoke: options.revoke !== "off",
    dryRun: options.revoke === "dry-run",
    providerUrls: options.providerUrls,
    // Checked just above, with the Action's wording.
    allowPrivate: true,
    auditLog: options.auditLog
  }).catch((e) => {
    throw asInputError(e);
  });
  const verdicts = /* @__PURE__ */ new Map();
  for (const [fingerprint, v] of Object.entries(r.results)) verdicts.set(fingerprint, toVerdict(v));
  return { verdicts, ...r.audit ? { audit: r.audit } : {} };
};

// src/action/io.ts
function coreIo() {
  return {
    env: process.env,
    getInput: (name) => getInput(name),
    setOutput: (name, value) => setOutput(name, value),
    setSecret: (value) => setSecret(value),
    async appendSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        info("leakward: no job summary file (GITHUB_STEP_SUMMARY is not set); skipping the summary.");
        return;
      }
      await summary.addRaw(markdown, true).write();
    },
    annotate({ level, message, ...properties }) {
      if (level === "error") error(message, properties);
      else warning(message, properties);
    },
    // core.info writes the text as is: a line break there could start a workflow command on the next line.
    info: (message) => info(message.replace(/[\r\n]+/g, " ")),
    warning: (message) => warning(message),
    setFailed: (message) => setFailed(message),
    fetch: globalThis.fetch,
    confirm: confirmWithProviders
  };
}

// src/action/run.ts
import { existsSync as existsSync2, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

// src/action/confirm.ts
var NOT_VERIFIED = { status: "not verified" };
function verdictOf(verdicts, f) {
  return verdicts.get(f.fingerprint) ?? NOT_VERIFIED;
}

// src/action/annotations.ts
function notInAFile(f) {
  return f.place !== void 0;
}
function placeOf(f) {
  return f.place === "commit-message" ? `the message of commit ${f.commit?.slice(0, 12) ?? ""}` : f.file;
}
function verdictWords(v) {
  if (v.revoked) return "verified live, and revoked";
  if (v.status === "not verified") return "";
  return v.status === "live" ? "verified live" : v.status === "invalid" ? "checked: not live" : "verification inconclusive";
}
function findingAnnotations(findings, verdicts) {
  return findings.map((f) => {
    const v = verdictWords(verdictOf(verdicts, f));
    const head = `${f.description}: ${redact(f.secret)} (${f.confidence} confidence${v ? `, ${v}` : ""}).`;
    if (notInAFile(f)) {
      return {
        level: f.confidence === "low" ? "warning" : "error",
        title: `leakward: ${f.ruleId}`,
        message: `${head} In ${placeOf(f)}, line ${f.line}. Treat it as compromised: revoke or rotate it; rewriting the message does not unpublish it.`
      };
    }
    const where = f.commit ? ` Added in commit ${f.commit.slice(0, 12)}.` : "";
    const a = {
      level: f.confidence === "low" ? "warning" : "error",
      title: `leakward: ${f.ruleId}`,
      message: `${head}${where} Treat it as compromised: revoke or rotate it, then remove it. A false positive? Add \`leakward:allow\` in a comment on the line.`,
      file: f.file,
      startLine: f.line,
      endLine: f.endLine
    };
    if (f.endLine === f.line) {
      a.startColumn = f.column;
      a.endColumn = f.endColumn;
    }
    return a;
  });
}

// src/action/github.ts
var GitHubApiError = class extends Error {
  constructor(status, method, path, detail) {
    super(`GitHub API ${method} ${path} answered ${status}${detail ? `: ${detail}` : ""}`);
    this.status = status;
    this.method = method;
    this.path = path;
    this.name = "GitHubApiError";
  }
  status;
  method;
  path;
};
function nextLink(link) {
  if (!link) return void 0;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return void 0;
}
function createGitHubClient(opts) {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const base = opts.apiUrl.replace(/\/+$/, "");
  const origin = new URL(base).origin;
  const headers = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${opts.token}`,
    "user-agent": opts.userAgent ?? "leakward-action",
    "x-github-api-version": "2022-11-28"
  };
  async function call(method, url, body) {
    if (new URL(url).origin !== origin) throw new GitHubApiError(0, method, url, `refusing to send the token to another host than ${origin}`);
    const res = await doFetch(url, {
      method,
      // A hung API must not hold the job until its own timeout.
      signal: AbortSignal.timeout(opts.timeoutMs ?? 3e4),
      headers: body === void 0 ? headers : { ...headers, "content-type": "application/json" },
      ...body === void 0 ? {} : { body: JSON.stringify(body) }
    });
    if (!res.ok) {
      const text = await res.text().catch(() => "");
      let detail = text.slice(0, 300);
      try {
        detail = String(JSON.parse(text).message ?? detail);
      } catch {
      }
      throw new GitHubApiError(res.status, method, new URL(url).pathname, detail);
    }
    return res;
  }
  return {
    async paginate(path, maxPages = 100) {
      const items = [];
      let url = `${base}${path}${path.includes("?") ? "&" : "?"}per_page=100`;
      for (let page = 0; url && page < maxPages; page++) {
        const res = await call("GET", url);
        const data = await res.json();
        if (!Array.isArray(data)) throw new GitHubApiError(res.status, "GET", path, "expected a list");
        items.push(...data);
        url = nextLink(res.headers.get("link"));
      }
      return items;
    },
    async request(method, path, body) {
      const res = await call(method, `${base}${path}`, body);
      return res.status === 204 ? void 0 : await res.json();
    }
  };
}

// src/action/summary.ts
function cell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|#~!()]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, " ");
}
var encodePath = (p) => p.split("/").map(encodeURIComponent).join("/");
function statusCell(v) {
  const s = v.revoked ? "revoked" : v.status;
  return v.detail ? `${s} \u2014 ${cell(v.detail)}` : s;
}
function row(f, v, ctx) {
  const at = `${cell(f.file)}:${f.line}`;
  const ref = f.commit ?? ctx.headSha;
  const where = !ctx.repoUrl ? at : !notInAFile(f) && ref ? `[${at}](${ctx.repoUrl}/blob/${ref}/${encodePath(f.file)}#L${f.line})` : f.place === "commit-message" && f.commit ? `[${at}](${ctx.repoUrl}/commit/${f.commit})` : at;
  const commit = f.commit ? ctx.repoUrl ? `[\`${f.commit.slice(0, 7)}\`](${ctx.repoUrl}/commit/${f.commit})` : `\`${f.commit.slice(0, 7)}\`` : "\u2014";
  return `| ${cell(f.ruleId)} | ${where} | ${commit} | ${f.confidence} | ${statusCell(v)} | ${cell(redact(f.secret))} |`;
}
var MAX_SKIPPED_NAMED = 10;
function buildSummary(result, verdicts, ctx) {
  const findings = sortFindings(result.findings);
  const n = findings.length;
  const lines = [];
  lines.push(n === 0 ? "## leakward: no secrets found" : `## leakward: ${n === 1 ? "1 secret" : `${n} secrets`} found`);
  lines.push("");
  const stats = result.stats;
  const what = [stats.commits !== void 0 ? `${stats.commits} commit(s)` : "", `${stats.files} file change(s)`].filter(Boolean).join(", ");
  lines.push(`**Scanned:** ${cell(ctx.scanned)} \u2014 ${what}, ${stats.suppressed} suppressed.`);
  lines.push("");
  if (n > 0) {
    const max = ctx.maxRows ?? 200;
    lines.push("| Rule | File:line | Commit | Confidence | Verification | Secret (redacted) |");
    lines.push("| --- | --- | --- | --- | --- | --- |");
    for (const f of findings.slice(0, max)) lines.push(row(f, verdictOf(verdicts, f), ctx));
    if (n > max) lines.push(`
\u2026and ${n - max} more: see the SARIF report or the annotations.`);
    lines.push("");
    const live = findings.filter((f) => verdictOf(verdicts, f).status === "live").length;
    const revoked = findings.filter((f) => verdictOf(verdicts, f).revoked).length;
    if (live > 0 || revoked > 0) {
      lines.push(`Verified live: ${live}; revoked: ${revoked}${revoked > 0 ? " (the provider, asked again, rejects them: they no longer work)" : ""}.`, "");
    }
    lines.push("**What to do:** treat each secret as compromised \u2014 revoke or rotate it at its provider, then remove it from the code (and from the history with `git filter-repo` when the branch is already shared). A false positive? Add `leakward:allow` in a comment on the line, or record it in `.leakward-baseline.json` (`npx leakward baseline`).");
    lines.push("");
  }
  if (stats.skipped > 0) {
    const named = result.skipped.slice(0, MAX_SKIPPED_NAMED).map((k) => `${cell(k.path)} (${k.reason}${k.detail ? `: ${cell(k.detail)}` : ""})`);
    const more = stats.skipped - named.length;
    lines.push(`**Not scanned:** ${stats.skipped} file(s) \u2014 ${named.join("; ")}${more > 0 ? `; and ${more} more (see the log)` : ""}.`, "");
  }
  for (const note of ctx.notes ?? []) lines.push(`> ${cell(note)}`, "");
  if (ctx.audit) {
    const { file, records, lastHash } = ctx.audit;
    lines.push(`**Audit log:** \`${cell(file).replace(/`/g, "")}\` \u2014 ${records} record${records === 1 ? "" : "s"} appended; chain head \`${lastHash}\` (check it with \`npx leakward audit verify FILE\`; keep this hash to detect records dropped from the end).`, "");
  }
  if (ctx.sarifPath) lines.push(`SARIF report: \`${cell(ctx.sarifPath).replace(/`/g, "")}\``, "");
  return lines.join("\n");
}

// src/action/comments.ts
var MARKER = /<!-- leakward:finding ([A-Za-z0-9:._-]+) -->/;
var MAX_LISTED_COMMITS = 250;
var marker = (fingerprint) => `<!-- leakward:finding ${fingerprint} -->`;
function commentedFingerprints(comments, self) {
  const out = /* @__PURE__ */ new Set();
  for (const c of comments) {
    if (c.user?.type !== "Bot" && (self === void 0 || c.user?.login !== self)) continue;
    const m = MARKER.exec(c.body ?? "");
    if (m) out.add(m[1]);
  }
  return out;
}
async function tokenLogin(gh) {
  try {
    return (await gh.request("GET", "/user")).login;
  } catch (e) {
    if (e instanceof GitHubApiError) return void 0;
    throw e;
  }
}
function addedLines(patch) {
  const out = [];
  let right = 0;
  for (const l of patch.split("\n")) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (h) {
      right = Number(h[1]);
      continue;
    }
    if (right === 0) continue;
    if (l.startsWith("+")) out.push({ line: right++, text: l.slice(1) });
    else if (l.startsWith(" ")) right++;
  }
  return out;
}
function commentBody(f) {
  const first = f.secret.split(/\r?\n/)[0];
  return [
    marker(f.fingerprint),
    `**leakward: a secret was committed here** \u2014 ${cell(f.ruleId)} (${f.confidence} confidence)`,
    "",
    `${cell(f.description)}: ${cell(redact(first))}${f.commit ? `, added in ${f.commit.slice(0, 7)}` : ""}.`,
    "",
    "Treat it as compromised: **revoke or rotate it** at its provider, then remove it from the branch (rewriting the commits that hold it, since they are already pushed). A false positive? Add `leakward:allow` in a comment on the line."
  ].join("\n");
}
function planComments(findings, ctx) {
  const files = new Map(ctx.files.map((f) => [f.filename, f]));
  const plan = { create: [], existing: 0, unplaced: [] };
  const planned = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (ctx.existing.has(f.fingerprint)) {
      plan.existing++;
      continue;
    }
    if (planned.has(f.fingerprint)) continue;
    if (f.commit && ctx.prCommits.size > 0 && !ctx.prCommits.has(f.commit)) {
      plan.unplaced.push({ finding: f, why: "its commit is not one of the pull request's commits" });
      continue;
    }
    if (notInAFile(f)) {
      plan.unplaced.push({ finding: f, why: `it is in ${placeOf(f)}, not in a file` });
      continue;
    }
    const file = files.get(f.file);
    if (!file) {
      plan.unplaced.push({ finding: f, why: "the file is not changed by the pull request (added and removed again?)" });
      continue;
    }
    if (file.patch === void 0) {
      plan.unplaced.push({ finding: f, why: "GitHub shows no diff for this file (too large)" });
      continue;
    }
    const needle = f.secret.split(/\r?\n/)[0];
    const hit = addedLines(file.patch).find((l) => l.text.includes(needle));
    if (!hit) {
      plan.unplaced.push({ finding: f, why: "a later commit of the pull request removed it, but it stays in the branch's history" });
      continue;
    }
    if (plan.create.length >= (ctx.max ?? 50)) {
      plan.unplaced.push({ finding: f, why: "more findings than comments per run (50)" });
      continue;
    }
    planned.add(f.fingerprint);
    plan.create.push({ finding: f, path: f.file, line: hit.line, body: commentBody(f) });
  }
  return plan;
}
async function postReviewComments(gh, repo, pr, findings) {
  const base = `/repos/${repo}/pulls/${pr.number}`;
  const out = { created: 0, existing: 0, unplaced: [] };
  try {
    const [commits, files, comments, self] = await Promise.all([
      gh.paginate(`${base}/commits`),
      gh.paginate(`${base}/files`),
      gh.paginate(`${base}/comments`),
      tokenLogin(gh)
    ]);
    const prCommits = new Set(commits.length >= MAX_LISTED_COMMITS ? [] : commits.map((c) => c.sha));
    const plan = planComments(findings, { files, prCommits, existing: commentedFingerprints(comments, self) });
    out.existing = plan.existing;
    out.unplaced = plan.unplaced;
    for (const c of plan.create) {
      try {
        await gh.request("POST", `${base}/comments`, { body: c.body, commit_id: pr.headSha, path: c.path, line: c.line, side: "RIGHT" });
        out.created++;
      } catch (e) {
        if (e instanceof GitHubApiError && e.status === 422) out.unplaced.push({ finding: c.finding, why: `GitHub refused the comment: ${e.message}` });
        else throw e;
      }
    }
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    const readOnly = e.status === 403 || e.status === 404;
    out.failure = `${e.message}${readOnly ? " \u2014 the token cannot write to this pull request (pull requests from forks get a read-only token; give the job `pull-requests: write`, or rely on annotations and SARIF)" : ""}`;
  }
  return out;
}

// src/action/inputs.ts
var DEFAULT_BASELINE = ".leakward-baseline.json";
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function usage(name, problem, hint) {
  return new LeakwardError("USAGE", `input "${name}": ${problem}`, hint);
}
function bool(get, name, fallback) {
  const v = get(name).trim();
  if (v === "") return fallback;
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw usage(name, `expected true or false, got "${v}"`, `Set \`${name}: true\` or \`${name}: false\` in the workflow's \`with:\`.`);
}
function parseProviderUrls(text) {
  const out = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const m = /^([a-z0-9][a-z0-9_-]*)\s*=\s*(\S+)$/.exec(line);
    const hint = "Write one `provider=url` per line, e.g. `gitlab=https://gitlab.example.com`.";
    if (!m) throw usage("provider-urls", `line ${i + 1} is not provider=url: "${line}"`, hint);
    let url;
    try {
      url = new URL(m[2]);
    } catch {
      throw usage("provider-urls", `line ${i + 1}: "${m[2]}" is not a URL`, hint);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw usage("provider-urls", `line ${i + 1}: ${url.protocol} is not http(s)`, hint);
    }
    if (out[m[1]] !== void 0) throw usage("provider-urls", `line ${i + 1}: ${m[1]} is given twice`, "Keep one line per provider.");
    out[m[1]] = url.href.replace(/\/$/, "");
  });
  return out;
}
function revokeMode(v) {
  const s = v.trim();
  if (s === "" || FALSE.includes(s)) return "off";
  if (TRUE.includes(s)) return "on";
  if (s === "dry-run") return "dry-run";
  throw usage("revoke", `expected false, dry-run or true, got "${s}"`, "`revoke: dry-run` says what would be revoked; `revoke: true` revokes verified-live secrets.");
}
function parseInputs(get) {
  const mode = get("mode").trim() || "diff";
  if (mode !== "diff" && mode !== "history") {
    throw usage("mode", `expected diff or history, got "${mode}"`, "`diff` scans what a pull request or push adds; `history` scans every commit.");
  }
  const baseline = get("baseline").trim();
  const inputs = {
    mode,
    path: get("path").trim() || ".",
    baseline: { path: baseline || DEFAULT_BASELINE, explicit: baseline !== "" },
    failOnFindings: bool(get, "fail-on-findings", true),
    comment: bool(get, "comment", false),
    verify: bool(get, "verify", false),
    revoke: revokeMode(get("revoke")),
    providerUrls: parseProviderUrls(get("provider-urls")),
    allowPrivateProviderUrls: bool(get, "allow-private-provider-urls", false)
  };
  const config = get("config").trim();
  if (config) inputs.config = config;
  const sarif = get("sarif-path").trim();
  if (sarif) inputs.sarifPath = sarif;
  const auditLog = get("audit-log").trim();
  if (auditLog) inputs.auditLog = auditLog;
  const token = get("github-token").trim();
  if (token) inputs.githubToken = token;
  if (inputs.revoke !== "off" && !inputs.verify) {
    throw usage("revoke", "revocation needs verification: only secrets verified live are revoked", "Add `verify: true`.");
  }
  return inputs;
}

// src/action/range.ts
var ZERO = /^0+$/;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var obj = (v) => v !== null && typeof v === "object" ? v : {};
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function sha(v) {
  const s = str(v);
  return s !== void 0 && SHA.test(s) ? s : void 0;
}
function pullRequestOf(payload) {
  const pr = obj(obj(payload).pull_request);
  const base = obj(pr.base);
  const head = obj(pr.head);
  const number = pr.number ?? obj(payload).number;
  const baseSha = sha(base.sha);
  const headSha = sha(head.sha);
  if (typeof number !== "number" || !Number.isSafeInteger(number) || !baseSha || !headSha) return void 0;
  return { number, baseSha, headSha, baseRef: str(base.ref) ?? "", headRef: str(head.ref) ?? "" };
}
function defaultBranchRef(payload) {
  const name = str(obj(obj(payload).repository).default_branch);
  return name ? { name, ref: `refs/remotes/origin/${name}` } : void 0;
}
function pushPlan(payload) {
  const p = obj(payload);
  const ref = str(p.ref) ?? "";
  const after = sha(p.after);
  const before = str(p.before) ?? "";
  if (p.deleted === true || after === void 0 && ZERO.test(str(p.after) ?? "")) {
    return { kind: "nothing", why: `the push deleted ${ref || "a ref"}: no commits were added` };
  }
  if (!after) return { kind: "history", why: "the push event names no commit (`after`): scanning the whole history" };
  const def = defaultBranchRef(payload);
  const newRef = (why) => {
    if (!def || ref === `refs/heads/${def.name}`) {
      return { kind: "history", why: `${why}, and there is no other branch to compare with: scanning the whole history` };
    }
    return { kind: "range", base: def.ref, head: after, why: `${why}: the commits of ${ref || after} that are not on ${def.name}` };
  };
  if (ZERO.test(before) || p.created === true) return newRef(`new ref ${ref}`);
  const from = sha(before);
  if (!from) return { kind: "history", why: `the push event's \`before\` is not a commit id: scanning the whole history` };
  if (p.forced === true) {
    return { kind: "range", base: from, head: after, why: `force-push to ${ref}: ${from.slice(0, 7)}..${after.slice(0, 7)}`, otherwise: newRef(`force-push to ${ref} (old tip not in the clone)`) };
  }
  return { kind: "range", base: from, head: after, why: `push to ${ref}: ${from.slice(0, 7)}..${after.slice(0, 7)}` };
}
function resolveScanPlan(ctx) {
  if (ctx.mode === "history") return { kind: "history", why: "mode: history" };
  switch (ctx.eventName) {
    case "pull_request":
    case "pull_request_target": {
      const pr = pullRequestOf(ctx.payload);
      if (!pr) return { kind: "history", why: `the ${ctx.eventName} payload has no base and head commits: scanning the whole history` };
      return {
        kind: "range",
        base: pr.baseSha,
        head: pr.headSha,
        pullRequest: pr,
        why: `pull request #${pr.number}: the commits from its merge base with ${pr.baseRef || "the base"} to ${pr.headSha.slice(0, 7)}`
      };
    }
    case "push":
      return pushPlan(ctx.payload);
    case "merge_group": {
      const g = obj(obj(ctx.payload).merge_group);
      const base = sha(g.base_sha);
      const head = sha(g.head_sha);
      if (base && head) return { kind: "range", base, head, why: `merge group: ${base.slice(0, 7)}..${head.slice(0, 7)}` };
      return { kind: "history", why: "the merge_group payload has no base and head commits: scanning the whole history" };
    }
    case "workflow_dispatch":
    case "schedule":
      return { kind: "history", why: `${ctx.eventName}: scanning the whole history` };
    default:
      return { kind: "history", why: `event ${ctx.eventName || "(unknown)"} names no commit range: scanning the whole history` };
  }
}

// src/action/run.ts
async function run(io) {
  try {
    const inputs = parseInputs(io.getInput);
    if (inputs.githubToken) io.setSecret(inputs.githubToken);
    await runChecked(io, inputs);
  } catch (e) {
    if (e instanceof LeakwardError) io.setFailed(`leakward: ${e.message}${e.hint ? `
  ${e.hint}` : ""}`);
    else io.setFailed(`leakward: internal error: ${e?.stack ?? String(e)}`);
  }
}
function readEvent(io) {
  const path = io.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new LeakwardError("IO", `cannot read the event payload ${path}: ${e.message}`, "Run leakward as a step of a GitHub Actions workflow.");
  }
}
async function hasCommit(root, rev) {
  const r = await gitRun(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  return r.code === 0;
}
async function checkPlan(root, plan, eventName) {
  if (plan.kind !== "range") return plan;
  const [base, head] = await Promise.all([hasCommit(root, plan.base), hasCommit(root, plan.head)]);
  if (head && !base && plan.otherwise) return checkPlan(root, plan.otherwise, eventName);
  if (base && head) return plan;
  const missing = [!base ? plan.base : "", !head ? plan.head : ""].filter(Boolean).join(" and ");
  const shallow = (await gitRun(root, ["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
  throw new LeakwardError(
    "GIT_FAILED",
    `the checkout lacks ${missing}${shallow ? " (it is a shallow clone)" : ""}, needed to scan ${plan.why}`,
    "Check out the whole history: `actions/checkout` with `fetch-depth: 0`" + (eventName === "pull_request_target" ? " (and the pull request's commits: `ref: ${{ github.event.pull_request.head.sha }}` \u2014 leakward only reads them, it never runs them)" : "") + ", or fetch what is needed (`git fetch origin <branch>`) in a step before leakward."
  );
}
async function fromBase(root, baseSha, rel) {
  const r = await gitRun(root, ["show", "--end-of-options", `${baseSha}:./${rel.replace(/^\.\//, "")}`]);
  return r.code === 0 ? r.stdout : void 0;
}
async function loadSettings(io, inputs, root, workspace, plan, eventName) {
  if (eventName === "pull_request_target" && plan.kind === "range" && plan.pullRequest) {
    const fromRoot = (p) => relative(root, resolve(workspace, p)).split("\\").join("/");
    const configRel = inputs.config ? fromRoot(inputs.config) : ".leakward.toml";
    const baselineRel = inputs.baseline.explicit ? fromRoot(inputs.baseline.path) : inputs.baseline.path;
    const baseSha = plan.pullRequest.baseSha;
    const dir = mkdtempSync(join(io.env.RUNNER_TEMP || tmpdir(), "leakward-"));
    const config = join(dir, "config.toml");
    writeFileSync(config, await fromBase(root, baseSha, configRel) ?? "");
    const settings2 = { config, source: `the base commit ${baseSha.slice(0, 7)}` };
    const baseline = await fromBase(root, baseSha, baselineRel);
    if (baseline !== void 0) settings2.baseline = parseBaseline(baseline, `${inputs.baseline.path} (base ${baseSha.slice(0, 7)})`);
    else if (inputs.baseline.explicit) throw missingBaseline(inputs.baseline.path);
    return settings2;
  }
  const settings = { source: "the working tree" };
  if (inputs.config) settings.config = resolve(workspace, inputs.config);
  const baselinePath = resolve(inputs.baseline.explicit ? workspace : root, inputs.baseline.path);
  if (existsSync2(baselinePath)) settings.baseline = parseBaseline(readFileSync(baselinePath, "utf8"), inputs.baseline.path);
  else if (inputs.baseline.explicit) throw missingBaseline(inputs.baseline.path);
  return settings;
}
var missingBaseline = (path) => new LeakwardError("USAGE", `input "baseline": ${path} does not exist`, "Write one with `npx leakward baseline`, or drop the input.");
function maskSecrets(io, findings) {
  const seen = /* @__PURE__ */ new Set();
  const mask = (s) => {
    if (!s || seen.has(s)) return;
    seen.add(s);
    io.setSecret(s);
  };
  for (const f of findings) {
    for (const s of [f.secret, f.encoded]) {
      if (!s) continue;
      mask(s);
      const lines = s.split(/\r?\n/);
      if (lines.length > 1) {
        for (const l of lines) if (l.trim().length >= 8) mask(l.trim());
      }
    }
  }
}
async function runChecked(io, inputs) {
  const workspace = io.env.GITHUB_WORKSPACE || process.cwd();
  const root = resolve(workspace, inputs.path);
  const eventName = io.env.GITHUB_EVENT_NAME ?? "";
  const plan = await checkPlan(root, resolveScanPlan({ eventName, payload: readEvent(io), mode: inputs.mode }), eventName);
  io.info(`leakward: ${plan.why}`);
  const settings = await loadSettings(io, inputs, root, workspace, plan, eventName);
  if (eventName === "pull_request_target") io.info(`leakward: configuration and baseline from ${settings.source}, never from the pull request`);
  let result;
  if (plan.kind === "nothing") result = emptyResult();
  else {
    result = await scan({
      target: root,
      cwd: root,
      ...settings.config ? { config: settings.config } : {},
      ...settings.baseline ? { baseline: settings.baseline } : {},
      ...plan.kind === "range" ? { range: { range: `${plan.base}..${plan.head}` } } : { history: {} }
    });
  }
  maskSecrets(io, result.findings);
  for (const note of result.notes ?? []) io.info(`leakward: ${note}`);
  let verdicts = /* @__PURE__ */ new Map();
  let audit;
  if (inputs.verify) {
    const auditLog = resolve(workspace, inputs.auditLog ?? join(io.env.RUNNER_TEMP || workspace, "leakward-audit.jsonl"));
    mkdirSync(dirname(auditLog), { recursive: true });
    const outcome = await io.confirm(result.findings, {
      verify: inputs.verify,
      revoke: inputs.revoke,
      providerUrls: inputs.providerUrls,
      allowPrivate: inputs.allowPrivateProviderUrls,
      auditLog
    });
    verdicts = outcome.verdicts;
    audit = outcome.audit;
    const count = (s) => [...verdicts.values()].filter((v) => (v.revoked ? "revoked" : v.status) === s).length;
    io.info(`leakward: verified ${verdicts.size} secret(s) with their providers: ${count("live")} live, ${count("revoked")} revoked, ${count("invalid")} invalid, ${count("unknown")} unknown`);
    if (audit) io.info(`leakward: audit log ${audit.file}: ${audit.records} record(s) appended, chain head ${audit.lastHash}`);
  }
  for (const a of findingAnnotations(result.findings, verdicts)) io.annotate(a);
  const sarifPath = resolve(workspace, inputs.sarifPath ?? join(io.env.RUNNER_TEMP || workspace, "leakward.sarif"));
  mkdirSync(dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, formatSarif(result, result.rules, { noRedact: false }));
  const notes = [...result.notes ?? []];
  const comments = await comment(io, inputs, plan, result.findings);
  if (comments) {
    io.info(`leakward: ${comments.created} review comment(s) posted, ${comments.existing} already there`);
    if (comments.failure) {
      io.warning(`leakward: could not comment on the pull request: ${comments.failure}`);
      notes.push(`No review comments: ${comments.failure}`);
    }
    for (const u of comments.unplaced) notes.push(`No review comment for ${u.finding.ruleId} at ${placeOf(u.finding)}:${u.finding.line}: ${u.why}.`);
  }
  const repoUrl = io.env.GITHUB_REPOSITORY ? `${(io.env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "")}/${io.env.GITHUB_REPOSITORY}` : void 0;
  await io.appendSummary(buildSummary(result, verdicts, {
    scanned: plan.why,
    sarifPath: relative(workspace, sarifPath).startsWith("..") ? sarifPath : relative(workspace, sarifPath),
    notes,
    ...repoUrl ? { repoUrl } : {},
    ...audit ? { audit: { ...audit, file: relative(workspace, audit.file).startsWith("..") ? audit.file : relative(workspace, audit.file) } } : {},
    ...plan.kind === "range" ? { headSha: plan.head } : io.env.GITHUB_SHA ? { headSha: io.env.GITHUB_SHA } : {}
  }));
  const live = result.findings.filter((f) => verdicts.get(f.fingerprint)?.status === "live").length;
  const revoked = result.findings.filter((f) => verdicts.get(f.fingerprint)?.revoked).length;
  io.setOutput("findings", String(result.findings.length));
  io.setOutput("sarif-path", sarifPath);
  io.setOutput("verified", String(live));
  io.setOutput("revoked", String(revoked));
  if (audit) io.setOutput("audit-log", audit.file);
  const n = result.findings.length;
  if (n > 0 && inputs.failOnFindings) {
    io.setFailed(`leakward: ${n === 1 ? "a secret was" : `${n} secrets were`} found (see the annotations and the job summary). Revoke or rotate each one, then remove it; mark a false positive with \`leakward:allow\`.`);
  } else io.info(`leakward: ${n} finding(s)`);
}
async function comment(io, inputs, plan, findings) {
  if (!inputs.comment || findings.length === 0) return void 0;
  if (plan.kind !== "range" || !plan.pullRequest) {
    io.info("leakward: `comment: true` applies to pull request events only; no comments on this event");
    return void 0;
  }
  const repo = io.env.GITHUB_REPOSITORY;
  if (!inputs.githubToken || !repo) {
    return { created: 0, existing: 0, unplaced: [], failure: "no `github-token` input or GITHUB_REPOSITORY" };
  }
  const gh = createGitHubClient({ apiUrl: io.env.GITHUB_API_URL || "https://api.github.com", token: inputs.githubToken, fetch: io.fetch });
  return postReviewComments(gh, repo, plan.pullRequest, findings);
}
function emptyResult() {
  return {
    findings: [],
    suppressed: [],
    skipped: [],
    mode: "range",
    rules: [],
    stats: { files: 0, bytes: 0, skipped: 0, skippedByReason: {}, rules: 0, findings: 0, suppressed: 0, suppressedByKind: {}, durationMs: 0, commits: 0 }
  };
}

// src/action/main.ts
await run(coreIo());
