#!/usr/bin/env node
// Entry point for `npm start` and the `coso` CLI: runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
