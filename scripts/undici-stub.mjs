// Stands in for undici in the Action bundle (see build.mjs): @actions/http-client needs it only to reach
// a proxy for OIDC token requests, which leakward never makes.
export class ProxyAgent {
  constructor() {
    throw new Error('leakward: undici is not bundled; the Action makes no OIDC token requests');
  }
}
