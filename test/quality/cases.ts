/** The shape of a quality-corpus case. */

export type ExpectMode =
  /** Some finding's secret equals the expected secret. */
  | 'exact'
  /** Some finding's secret contains the expected text (a password inside a URL, the body of a key). */
  | 'covers';

export interface Expect {
  secret: string;
  mode: ExpectMode;
  /** Other spellings that count too (the base64 `user:password` blob of a Basic header). */
  alternatives?: string[];
}

export interface Case {
  /** `provider/kind#n` for positives, `decoy/kind#n` for decoys. */
  id: string;
  /** Reporting group: the provider for positives, the decoy kind for decoys. */
  group: string;
  /** The token kind (`github:ghp`) or decoy sub-kind (`placeholder:<YOUR_TOKEN>`). */
  kind: string;
  /** Which context it was rendered in (`ts`, `k8s-secret`, `pem-file`, …). */
  context: string;
  path: string;
  text: string;
  /** Positives: what must be found (all of them). Decoys: empty — nothing may be found. */
  expect: Expect[];
}
