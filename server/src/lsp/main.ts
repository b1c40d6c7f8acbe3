/**
 * Entry of the bundled language server (dist/server.js). Transport from the command line:
 * --stdio, --node-ipc or --socket=N, as vscode-languageserver reads them.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
