// Starts `wasmstep dap` for debug sessions of type "wasmstep"; the adapter
// does the rest over stdin/stdout.
'use strict';

const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(vscode.debug.registerDebugAdapterDescriptorFactory('wasmstep', {
    createDebugAdapterDescriptor() {
      const command = vscode.workspace.getConfiguration('wasmstep').get('executable') || 'wasmstep';
      return new vscode.DebugAdapterExecutable(command, ['dap']);
    },
  }));
}

function deactivate() {}

module.exports = { activate, deactivate };
