package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	godap "github.com/google/go-dap"
)

// dapLaunch sends initialize and launch to `wasmstep dap` on w and returns
// the launch response read from r.
func dapLaunch(t *testing.T, w io.Writer, r *bufio.Reader, args map[string]any) *godap.Response {
	t.Helper()
	for i, req := range []map[string]any{
		{"seq": 1, "type": "request", "command": "initialize", "arguments": map[string]any{"adapterID": "wasmstep"}},
		{"seq": 2, "type": "request", "command": "launch", "arguments": args},
	} {
		b, _ := json.Marshal(req)
		if err := godap.WriteBaseMessage(w, b); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	for {
		m, err := godap.ReadProtocolMessage(r)
		if err != nil {
			t.Fatalf("reading: %v", err)
		}
		if resp, ok := m.(godap.ResponseMessage); ok && resp.GetResponse().RequestSeq == 2 {
			return resp.GetResponse()
		}
	}
}

// A launch that fails says what `wasmstep run` says about the same file.
func TestDAPLaunchErrorIsTheCommandLines(t *testing.T) {
	const bad = "testdata/debug/bad_launch.wat"
	var runErr bytes.Buffer
	if code := Main([]string{"run", bad}, strings.NewReader(""), io.Discard, &runErr); code != exitError {
		t.Fatalf("run exit %d", code)
	}
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		done <- Main([]string{"dap"}, inR, outW, io.Discard)
		outW.Close()
	}()
	resp := dapLaunch(t, inW, bufio.NewReader(outR), map[string]any{"program": bad})
	if resp.Success || resp.Message != strings.TrimSpace(runErr.String()) {
		t.Fatalf("launch error %q, want run's %q", resp.Message, runErr.String())
	}
	inW.Close()
	go io.Copy(io.Discard, outR)
	if code := <-done; code != exitOK {
		t.Fatalf("dap exit %d", code)
	}
}

func TestDAPListen(t *testing.T) {
	errR, errW := io.Pipe()
	done := make(chan int)
	go func() {
		done <- Main([]string{"dap", "--listen", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, errW)
		errW.Close()
	}()
	line, err := bufio.NewReader(errR).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "DAP server listening at: ")
	if err != nil || !ok {
		t.Fatalf("first line on stderr: %q, %v", line, err)
	}
	go io.Copy(io.Discard, errR)
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	resp := dapLaunch(t, conn, bufio.NewReader(conn), map[string]any{"program": "testdata/debug/fact.wat", "invoke": "fact", "args": []any{5}})
	if !resp.Success {
		t.Fatalf("launch over TCP: %s", resp.Message)
	}
	conn.Close()
	if code := <-done; code != exitOK {
		t.Fatalf("dap exit %d", code)
	}
	var out bytes.Buffer
	if code := Main([]string{"dap", "--port"}, nil, io.Discard, &out); code != exitError || !strings.Contains(out.String(), "usage") {
		t.Fatalf("bad flag: exit %d, %q", code, out.String())
	}
}
