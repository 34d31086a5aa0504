/** Test-time secrets: generated from the formats, never written down. */
export { expandTemplates as gen, expandExample } from '../../src/rules/templates.js';
