// The planwerk language client: starts `npx plan lsp` in the workspace folder and hands it the content files.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

exports.activate = async function activate() {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const content = vscode.workspace.getConfiguration('planwerk').get('content', 'content');
  // TransportKind.stdio appends --stdio; a shell finds npx.cmd on Windows.
  const run = {
    command: 'npx',
    args: ['plan', 'lsp'],
    transport: TransportKind.stdio,
    options: { cwd: folder, shell: process.platform === 'win32' },
  };
  client = new LanguageClient(
    'planwerk',
    'planwerk',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown', pattern: `**/${content}/**/*.md` },
        { scheme: 'file', language: 'yaml', pattern: `**/${content}/**/*.{yaml,yml}` },
      ],
      initializationOptions: { content },
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/${content}/**/*.{md,yaml,yml}`) },
    },
  );
  // preview and check run the workspace's own planwerk in a terminal, as a person would type it.
  const inTerminal = (name, command) => () => {
    const terminal = vscode.window.createTerminal({ name, cwd: folder });
    terminal.show();
    terminal.sendText(command);
  };
  vscode.commands.registerCommand('planwerk.preview', inTerminal('plan dev', `npx plan dev -c ${content}`));
  vscode.commands.registerCommand('planwerk.check', inTerminal('plan validate', `npx plan validate -c ${content}`));
  await client.start();
};

exports.deactivate = function deactivate() {
  return client?.stop();
};
