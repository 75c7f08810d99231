#!/usr/bin/env node
// The installed `cadence` command. Node 22.18+ runs the TypeScript source directly (type
// stripping); the source uses only erasable syntax for that reason.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const cli = await import(pathToFileURL(path.join(import.meta.dirname, '..', 'main', 'cli.ts')).href);
process.exit(await cli.main(process.argv.slice(2)));
