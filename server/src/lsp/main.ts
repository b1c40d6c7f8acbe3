/**
 * Entry of the bundled language server (dist/server.js). Transport from the command line:
 * --stdio, --node-ipc or --socket=N, as vscode-languageserver reads them.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: a bug in one request must not end the server for every open
// document. Log it where the user can see it (the output channel) and carry on.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`vn-notice: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

startServer(connection);
