// A Go program for wasip1 the history benchmark builds: 200,000 updates of
// a map, the kind of long run of compiled code people debug, with a
// checksum so the run cannot be optimised away.
package main

import "fmt"

func main() {
	m := map[int]int{}
	sum := 0
	for i := range 200_000 {
		k := (i * 7919) % 50_021
		m[k] += i
		sum += m[k] & 0xff
	}
	fmt.Println(len(m), sum)
}
