package gcheap

// ref is one reference between two objects, by object index.
type ref struct {
	from, to, field int
	back            bool // closes a cycle: laid out as if it pointed the other way
}

// layered is the Sugiyama-style proper graph: every object is a vertex in a
// layer (a column), and every reference spanning several layers is a chain
// through dummy vertices, one per layer crossed. Vertices [0, n) are the
// objects, the rest dummies.
type layered struct {
	n          int
	refs       []ref
	chains     [][]int // per ref: its vertices from the lower layer to the higher
	layer      []int   // per vertex
	succ, pred [][]int // per vertex, between adjacent layers
	rank       []int   // per object: DFS discovery order, the first ordering
}

// newLayered finds cycles by a depth-first search from the roots (then from
// the remaining objects in model order), turns the edges that close them
// around, and puts each object one layer right of its furthest predecessor,
// so a chain of references, cyclic or not, reads left to right.
func newLayered(objs []Object) *layered {
	g := &layered{n: len(objs)}
	index := make(map[int]int, len(objs))
	for i, o := range objs {
		index[o.ID] = i
	}
	out := make([][]int, len(objs)) // ref indexes by source
	for i, o := range objs {
		for f, fl := range o.Fields {
			if t, ok := index[fl.Ref]; ok && fl.Ref >= 0 {
				out[i] = append(out[i], len(g.refs))
				g.refs = append(g.refs, ref{from: i, to: t, field: f})
			}
		}
	}
	post := g.search(objs, out)
	g.layer = make([]int, len(objs))
	for k := len(post) - 1; k >= 0; k-- { // reverse post-order is topological
		v := post[k]
		for _, r := range out[v] {
			if t := g.refs[r].to; g.refs[r].back && t != v {
				g.layer[v] = max(g.layer[v], g.layer[t]+1)
			}
		}
		for _, r := range out[v] {
			if !g.refs[r].back {
				g.layer[g.refs[r].to] = max(g.layer[g.refs[r].to], g.layer[v]+1)
			}
		}
	}
	g.buildChains()
	return g
}

// search runs the depth-first search without recursion (a long list would
// otherwise nest deeply), marks back edges and returns the post-order.
func (g *layered) search(objs []Object, out [][]int) []int {
	const (
		unseen = iota
		open
		done
	)
	state := make([]uint8, len(objs))
	g.rank = make([]int, len(objs))
	var post []int
	seen := 0
	visit := func(s int) {
		type frame struct{ v, next int }
		state[s], g.rank[s], seen = open, seen, seen+1
		stack := []frame{{s, 0}}
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == len(out[top.v]) {
				state[top.v] = done
				post = append(post, top.v)
				stack = stack[:len(stack)-1]
				continue
			}
			r := &g.refs[out[top.v][top.next]]
			top.next++
			switch state[r.to] {
			case open:
				r.back = true
			case unseen:
				state[r.to], g.rank[r.to], seen = open, seen, seen+1
				stack = append(stack, frame{r.to, 0})
			}
		}
	}
	for pass := range 2 { // roots first
		for i, o := range objs {
			if state[i] == unseen && (pass == 1 || len(o.Roots) > 0) {
				visit(i)
			}
		}
	}
	return post
}

// buildChains links each reference through one dummy per layer it crosses.
func (g *layered) buildChains() {
	g.succ, g.pred = make([][]int, g.n), make([][]int, g.n)
	g.chains = make([][]int, len(g.refs))
	for i, r := range g.refs {
		a, b := r.from, r.to
		if r.back {
			a, b = b, a
		}
		if a == b {
			continue // a self reference stays on its node
		}
		chain := []int{a}
		for l := g.layer[a] + 1; l < g.layer[b]; l++ {
			g.layer = append(g.layer, l)
			g.succ, g.pred = append(g.succ, nil), append(g.pred, nil)
			chain = append(chain, len(g.layer)-1)
		}
		chain = append(chain, b)
		for k := 1; k < len(chain); k++ {
			g.succ[chain[k-1]] = append(g.succ[chain[k-1]], chain[k])
			g.pred[chain[k]] = append(g.pred[chain[k]], chain[k-1])
		}
		g.chains[i] = chain
	}
}
