// A program compiled with GOOS=wasip1 GOARCH=wasm by run_wasi_test.go: it
// exercises what real programs need from WASI preview 1.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	fmt.Println("hello from wasip1")
	fmt.Println("args:", os.Args[1:])
	fmt.Println("GREETING=" + os.Getenv("GREETING"))

	if time.Now().Year() < 2024 {
		fmt.Println("the wall clock is wrong")
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	if d := time.Since(start); d >= 20*time.Millisecond {
		fmt.Println("slept")
	}

	data, err := os.ReadFile("/data/hello.txt")
	fmt.Printf("read %q %v\n", data, err)
	entries, err := os.ReadDir("/data")
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir())
	}
	if err != nil {
		fmt.Println("readdir:", err)
	}
	for _, p := range []string{"/data/../secret.txt", "/secret.txt", "/data/link", "/data/sub/../../secret.txt"} {
		if _, err := os.ReadFile(p); err != nil {
			fmt.Println("refused", p)
		} else {
			fmt.Println("ESCAPED", p)
		}
	}
	if err := os.WriteFile("/data/out.txt", []byte("written by the guest"), 0o644); err != nil {
		fmt.Println("write:", err)
	}
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(7)
}
