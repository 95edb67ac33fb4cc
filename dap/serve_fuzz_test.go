package dap

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	godap "github.com/google/go-dap"
)

// FuzzServe runs a launched sum.wat through arbitrary requests, one JSON
// body per line (a line that is not JSON goes as it is): whatever they
// ask, the server answers and ends when the stream does, without a panic
// or a hang. Launches are the harness's own, so the fuzzer cannot point
// the server at a device file.
func FuzzServe(f *testing.F) {
	for _, seed := range []string{
		`{"type":"request","command":"setBreakpoints","arguments":{"source":{"path":"SUM"},"breakpoints":[{"line":17,"hitCondition":">=2"}]}}
{"type":"request","command":"configurationDone"}
{"type":"request","command":"stackTrace","arguments":{"threadId":1,"startFrame":-3,"levels":-1}}
{"type":"request","command":"scopes","arguments":{"frameId":1}}
{"type":"request","command":"variables","arguments":{"variablesReference":2,"start":-1,"count":99}}
{"type":"request","command":"stepBack","arguments":{"threadId":1}}
{"type":"request","command":"reverseContinue","arguments":{"threadId":1}}`,
		`{"type":"request","command":"configurationDone"}
{"type":"request","command":"dataBreakpointInfo","arguments":{"name":"mem[0][0x100] as i64"}}
{"type":"request","command":"setDataBreakpoints","arguments":{"breakpoints":[{"dataId":"mem:0:256:8"},{"dataId":"global:$total"},{"dataId":"mem:9:18446744073709551615:9"}]}}
{"type":"request","command":"continue","arguments":{"threadId":1}}
{"type":"request","command":"readMemory","arguments":{"memoryReference":"mem:0@0xffffffffffffffff","offset":-5,"count":16}}
{"type":"request","command":"evaluate","arguments":{"expression":"mem[0][65535] as bytes 4096"}}`,
		`{"type":"request","command":"configurationDone"}
{"type":"request","command":"disassemble","arguments":{"memoryReference":"0xffffffffffffffff","instructionOffset":-9223372036854775807,"instructionCount":3}}
{"type":"request","command":"setInstructionBreakpoints","arguments":{"breakpoints":[{"instructionReference":"0x1","offset":-2}]}}
{"type":"request","command":"setFunctionBreakpoints","arguments":{"breakpoints":[{"name":"func[99999999999]"}]}}
{"type":"request","command":"restart","arguments":{"arguments":{"program":"SUM","invoke":"twice","args":["0x7fffffff"]}}}
{"type":"request","command":"next","arguments":{"threadId":1}}
{"type":"request","command":"terminate"}
{"type":"request","command":"continue","arguments":{"threadId":1}}`,
		"not json\n{\"type\":\"request\",\"command\":\"pause\"}\n{\"type\":\"request\",\"command\":\"disconnect\"}",
	} {
		f.Add(seed)
	}
	sum, err := filepath.Abs(sumWat)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, script string) {
		var in bytes.Buffer
		send := func(b []byte) { godap.WriteBaseMessage(&in, b) }
		send([]byte(`{"seq":1,"type":"request","command":"initialize"}`))
		launch, _ := json.Marshal(map[string]any{"seq": 2, "type": "request", "command": "launch",
			"arguments": map[string]any{"program": sum, "invoke": "sum", "args": []any{3}, "stopOnEntry": true}})
		send(launch)
		for i, line := range strings.Split(strings.ReplaceAll(script, "SUM", sum), "\n") {
			var m map[string]any
			if json.Unmarshal([]byte(line), &m) != nil {
				send([]byte(line))
				continue
			}
			if c, _ := m["command"].(string); c == "launch" {
				continue
			}
			m["seq"] = i + 3
			b, _ := json.Marshal(m)
			send(b)
		}
		done := make(chan error, 1)
		go func() { done <- NewServer(&in, io.Discard).Serve() }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			buf := make([]byte, 1<<20)
			t.Fatalf("the server did not end with its input:\n%s", buf[:runtime.Stack(buf, true)])
		}
	})
}
