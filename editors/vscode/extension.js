// Starts `wasmstep dap` for debug sessions of type "wasmstep"; the adapter
// does the rest over stdin/stdout.
'use strict';

const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(vscode.debug.registerDebugAdapterDescriptorFactory('wasmstep', {
    createDebugAdapterDescriptor(session) {
      const command = vscode.workspace.getConfiguration('wasmstep').get('executable') || 'wasmstep';
      const folder = session.workspaceFolder;
      return new vscode.DebugAdapterExecutable(command, ['dap'], folder ? { cwd: folder.uri.fsPath } : {});
    },
  }));
  context.subscriptions.push(vscode.debug.registerDebugConfigurationProvider('wasmstep', {
    // F5 without a launch.json debugs the open file, stopped at entry;
    // relative paths in a configuration are the workspace folder's.
    resolveDebugConfiguration(folder, config) {
      if (!config.type && !config.request && !config.name) {
        const editor = vscode.window.activeTextEditor;
        if (!editor) {
          return undefined;
        }
        config = { type: 'wasmstep', request: 'launch', name: 'Debug the current file', program: editor.document.fileName, stopOnEntry: true };
      }
      if (!config.cwd && folder) {
        config.cwd = folder.uri.fsPath;
      }
      return config;
    },
  }));
}

function deactivate() {}

module.exports = { activate, deactivate };
