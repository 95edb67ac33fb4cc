package cli

import (
	"fmt"
	"net"

	"wasmstep/dap"
)

const dapUsage = "dap [--listen HOST:PORT]"

func init() {
	register("dap", dapUsage+"   Debug Adapter Protocol server for editors (stdin/stdout, or one TCP client)", runDAP)
}

// runDAP serves one DAP client: on stdin/stdout, or on the first
// connection to --listen (its address is printed on stderr, as editors
// that start the adapter themselves read it from there).
func runDAP(e *env, args []string) int {
	listen := ""
	switch {
	case len(args) == 0:
	case len(args) == 2 && args[0] == "--listen":
		listen = args[1]
	default:
		fmt.Fprintf(e.stderr, "wasmstep dap: bad arguments %q\nusage: wasmstep %s\n", args, dapUsage)
		return exitError
	}
	if listen == "" {
		if err := dap.NewServer(e.stdin, e.stdout).Serve(); err != nil {
			fmt.Fprintf(e.stderr, "wasmstep dap: %v\n", err)
			return exitError
		}
		return exitOK
	}
	l, err := net.Listen("tcp", listen)
	if err != nil {
		fmt.Fprintf(e.stderr, "wasmstep dap: %v\n", err)
		return exitError
	}
	fmt.Fprintf(e.stderr, "DAP server listening at: %s\n", l.Addr())
	conn, err := l.Accept()
	l.Close()
	if err != nil {
		fmt.Fprintf(e.stderr, "wasmstep dap: %v\n", err)
		return exitError
	}
	defer conn.Close()
	if err := dap.NewServer(conn, conn).Serve(); err != nil {
		fmt.Fprintf(e.stderr, "wasmstep dap: %v\n", err)
		return exitError
	}
	return exitOK
}
