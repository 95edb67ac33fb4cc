// A real DAP client drives `wasmstep dap` through a debugging session of
// examples/running_sum.wat, then of the C program examples/c/geometry.wasm
// at its C source lines (DWARF): the client VS Code's own debug adapters
// are tested with (@vscode/debugadapter-testsupport), speaking to the
// adapter over stdin/stdout as an editor does.
//
// Usage: node ci/dap/client.js path/to/wasmstep
'use strict';

const assert = require('assert');
const path = require('path');
const { DebugClient } = require('@vscode/debugadapter-testsupport');

const bin = path.resolve(process.argv[2] || 'bin/wasmstep');
const program = path.resolve(__dirname, '../../examples/running_sum.wat');
const storeLine = 21; // global.set $total, once per iteration
const thread = { threadId: 1 };

async function locals(dc, frameId) {
  const scopes = (await dc.scopesRequest({ frameId })).body.scopes;
  assert.deepStrictEqual(scopes.slice(0, 3).map(s => s.name), ['Locals', 'Operand stack', 'Globals']);
  const vars = (await dc.variablesRequest({ variablesReference: scopes[0].variablesReference })).body.variables;
  return Object.fromEntries(vars.map(v => [v.name, v.value]));
}

async function topFrame(dc) {
  return (await dc.stackTraceRequest(thread)).body.stackFrames[0];
}

// run sends a request that resumes the program and waits for the stop.
async function run(dc, request, reason) {
  const stopped = dc.waitForEvent('stopped');
  await request;
  const e = await stopped;
  assert.strictEqual(e.body.reason, reason, `stopped for ${e.body.reason}, want ${reason}`);
  return e;
}

function newClient() {
  const dc = new DebugClient(bin, 'dap', 'wasmstep', { env: { ...process.env, LANG: 'en_US.UTF-8' } });
  dc.defaultTimeout = 20000;
  return dc;
}

async function main() {
  await watSession();
  await cSession();
}

async function watSession() {
  const dc = newClient();
  await dc.start();
  try {
    const caps = (await dc.initializeRequest()).body;
    for (const c of ['supportsStepBack', 'supportsDataBreakpoints', 'supportsDisassembleRequest',
      'supportsReadMemoryRequest', 'supportsInstructionBreakpoints', 'supportsConfigurationDoneRequest']) {
      assert.ok(caps[c], `capability ${c}`);
    }

    // A line breakpoint, hit on the first iteration.
    await dc.hitBreakpoint({ program, invoke: 'sum', args: [5] }, { path: program, line: storeLine });
    let frame = await topFrame(dc);
    assert.strictEqual(frame.name, '$sum');
    assert.ok(frame.instructionPointerReference, 'instruction pointer reference');
    assert.deepStrictEqual(await locals(dc, frame.id), { $n: '5', $i: '1' });

    // The second iteration, then back: one step, then to the previous hit.
    await run(dc, dc.continueRequest(thread), 'breakpoint');
    frame = await topFrame(dc);
    assert.strictEqual(frame.line, storeLine);
    assert.strictEqual((await locals(dc, frame.id)).$i, '2');
    await run(dc, dc.stepBackRequest(thread), 'step');
    assert.strictEqual((await topFrame(dc)).line, storeLine - 1);
    await run(dc, dc.reverseContinueRequest(thread), 'breakpoint');
    frame = await topFrame(dc);
    assert.strictEqual(frame.line, storeLine);
    assert.strictEqual((await locals(dc, frame.id)).$i, '1');

    // A data breakpoint on the partial sum in memory.
    await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [] });
    const info = (await dc.dataBreakpointInfoRequest({ name: 'mem[0][0x100]' })).body;
    assert.ok(info.dataId, info.description);
    const set = (await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.dataId, accessType: 'write' }] })).body;
    assert.ok(set.breakpoints[0].verified, set.breakpoints[0].message);
    const hit = await run(dc, dc.continueRequest(thread), 'data breakpoint');
    assert.deepStrictEqual(hit.body.hitBreakpointIds, [set.breakpoints[0].id]);
    const value = (await dc.evaluateRequest({ expression: 'mem[0][0x100] as i32', frameId: (await topFrame(dc)).id })).body;
    assert.strictEqual(value.result, '1');

    // The bytes themselves, and the code around the current instruction.
    const mem = (await dc.customRequest('readMemory', { memoryReference: 'mem:0', offset: 0x100, count: 4 })).body;
    assert.strictEqual(mem.address, '0x100');
    assert.deepStrictEqual([...Buffer.from(mem.data, 'base64')], [1, 0, 0, 0]);
    frame = await topFrame(dc);
    const dis = (await dc.disassembleRequest({ memoryReference: frame.instructionPointerReference, instructionOffset: -3, instructionCount: 4 })).body.instructions;
    // A watchpoint stops after the write: the store is the last instruction run.
    assert.deepStrictEqual(dis.map(i => i.instruction), ['i32.const 256', 'global.get $total', 'i32.store', 'local.get $i']);
    assert.strictEqual(dis[3].address, frame.instructionPointerReference);

    // No more breakpoints: the call returns, prints its result and ends.
    await dc.setDataBreakpointsRequest({ breakpoints: [] });
    const output = dc.assertOutput('stdout', 'i32:15');
    const terminated = dc.waitForEvent('terminated');
    await dc.continueRequest(thread);
    await output;
    await terminated;
  } finally {
    await dc.stop();
  }
}

// cSession stops geometry.c on a C line: the frame is main's at that
// line, the C variables scope holds its structs, a step goes to the next
// line, and the program prints what it computed.
async function cSession() {
  const wasm = path.resolve(__dirname, '../../examples/c/geometry.wasm');
  const source = path.resolve(__dirname, '../../examples/c/geometry.c');
  const perimeterLine = 45; // int p = perimeter(pts, kind);
  const dc = newClient();
  await dc.start();
  try {
    await dc.initializeRequest();
    await dc.hitBreakpoint({ program: wasm }, { path: source, line: perimeterLine });
    let frame = await topFrame(dc);
    assert.strictEqual(frame.name, 'main');
    assert.strictEqual(frame.source.path, source);
    const scopes = (await dc.scopesRequest({ frameId: frame.id })).body.scopes;
    assert.strictEqual(scopes[0].name, 'C variables');
    const vars = (await dc.variablesRequest({ variablesReference: scopes[0].variablesReference })).body.variables;
    const pts = vars.find(v => v.name === 'pts');
    assert.strictEqual(pts.value, '{{x = 0, y = 0}, {x = 3, y = 0}, {x = 3, y = 4}, {x = 0, y = 4}}');
    const elems = (await dc.variablesRequest({ variablesReference: pts.variablesReference })).body.variables;
    assert.strictEqual(elems[2].value, '{x = 3, y = 4}');
    assert.strictEqual((await dc.evaluateRequest({ expression: 'head->next->value', frameId: frame.id })).body.result, '20');
    await run(dc, dc.nextRequest(thread), 'step');
    assert.strictEqual((await topFrame(dc)).line, perimeterLine + 1);

    await dc.setBreakpointsRequest({ source: { path: source }, breakpoints: [] });
    const output = dc.assertOutput('stdout', 'square: perimeter 14, dot 9, list of 3');
    const terminated = dc.waitForEvent('terminated');
    await dc.continueRequest(thread);
    await output;
    await terminated;
  } finally {
    await dc.stop();
  }
}

main().then(() => console.log('dap client: ok'), err => {
  console.error('dap client:', err);
  process.exit(1);
});
