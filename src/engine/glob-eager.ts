/** The glob engine, loaded up front: imported by the library entry (src/index.ts), whose callers may compile any allowlist. */
import picomatch from 'picomatch';
import { registerGlobEngine } from './glob.js';

registerGlobEngine(picomatch);
