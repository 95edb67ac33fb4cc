// The Go program for wasip1 that the big-module benchmark builds: the Go
// runtime and fmt make a 2.6 MB module of about 1,000,000 instructions.
package main

import "fmt"

func main() { fmt.Println("hi") }
