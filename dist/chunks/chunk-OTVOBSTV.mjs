import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);
import {
  LeakwardError
} from "./chunk-4UU6KND7.mjs";

// src/verify/provider-urls.ts
import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
var PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4]
]) PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8]]) PRIVATE.addSubnet(net, bits, "ipv6");
function isPrivateAddress(ip) {
  const v = isIP(ip);
  if (v === 4) return PRIVATE.check(ip, "ipv4");
  if (v === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
    return mapped ? PRIVATE.check(mapped[1], "ipv4") : PRIVATE.check(ip, "ipv6");
  }
  return false;
}
var usage = (msg, hint) => new LeakwardError("USAGE", msg, hint);
function parseProviderUrls(specs, known) {
  const ids = new Set(known);
  const out = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    const id = spec.slice(0, eq).trim();
    const url = spec.slice(eq + 1).trim();
    if (eq < 1 || !url) throw usage(`--provider-url "${spec}": expected PROVIDER=URL`, "For example --provider-url gitlab=https://gitlab.example.com");
    if (!ids.has(id)) throw usage(`--provider-url: unknown provider "${id}"`, `Known providers: ${[...ids].sort().join(", ")}.`);
    let u;
    try {
      u = new URL(url);
    } catch {
      throw usage(`--provider-url ${id}: "${url}" is not a URL`, "Give a full base URL, e.g. https://gitlab.example.com");
    }
    if (u.protocol !== "https:" && u.protocol !== "http:") throw usage(`--provider-url ${id}: only http(s) URLs`, "Use an https:// URL.");
    if (u.username || u.password || u.search || u.hash) throw usage(`--provider-url ${id}: no credentials, query or fragment in a base URL`, "Give scheme, host, port and path only.");
    out[id] = u.href.replace(/\/+$/, "");
  }
  return out;
}
var defaultLookup = async (host) => (await dnsLookup(host, { all: true })).map((a) => a.address);
async function checkProviderUrls(overrides, policy) {
  if (policy.allowPrivate) return;
  const hint = "Pass --allow-private-provider-urls if you really mean to send secrets to this address (a test server, an internal GitLab).";
  for (const [id, url] of Object.entries(overrides)) {
    const u = new URL(url);
    const host = u.hostname.replace(/^\[|\]$/g, "");
    if (u.protocol !== "https:") throw usage(`--provider-url ${id}: secrets are only sent over https`, hint);
    if (host === "localhost" || host.endsWith(".localhost") || isPrivateAddress(host)) {
      throw usage(`--provider-url ${id}: ${host} is a private, loopback or link-local address`, hint);
    }
    if (isIP(host)) continue;
    let addresses;
    try {
      addresses = await (policy.lookup ?? defaultLookup)(host);
    } catch {
      throw usage(`--provider-url ${id}: cannot resolve ${host}`, "Check the host name.");
    }
    const bad = addresses.find(isPrivateAddress);
    if (bad) throw usage(`--provider-url ${id}: ${host} resolves to ${bad}, a private, loopback or link-local address`, hint);
  }
}

export {
  isPrivateAddress,
  parseProviderUrls,
  checkProviderUrls
};
