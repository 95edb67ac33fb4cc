package gcheap

import "sort"

// sweeps is how many down-and-up passes of barycentre ordering are run; the
// crossings rarely improve after a few.
const sweeps = 6

// order returns the vertices of each layer, top to bottom, after reducing
// crossings: each vertex moves to the mean position of its neighbours in
// the layer just swept (the barycentre heuristic). Ties keep their order,
// so the result is deterministic.
func (g *layered) order() [][]int {
	key := make([]float64, len(g.layer))
	var layers [][]int
	for v, l := range g.layer {
		for len(layers) <= l {
			layers = append(layers, nil)
		}
		layers[l] = append(layers[l], v)
		if v < g.n {
			key[v] = float64(g.rank[v])
		}
	}
	for _, chain := range g.chains { // a dummy starts beside its chain's source
		if len(chain) == 0 {
			continue
		}
		for _, d := range chain[1 : len(chain)-1] {
			key[d] = key[chain[0]] + 0.5
		}
	}
	pos := make([]float64, len(g.layer))
	sortLayer := func(vs []int) {
		sort.SliceStable(vs, func(i, j int) bool { return key[vs[i]] < key[vs[j]] })
		for i, v := range vs {
			pos[v], key[v] = float64(i), float64(i)
		}
	}
	for _, vs := range layers {
		sortLayer(vs)
	}
	for range sweeps {
		for l := 1; l < len(layers); l++ {
			g.barycentres(layers[l], g.pred, pos, key)
			sortLayer(layers[l])
		}
		for l := len(layers) - 2; l >= 0; l-- {
			g.barycentres(layers[l], g.succ, pos, key)
			sortLayer(layers[l])
		}
	}
	return layers
}

// barycentres sets each vertex's key to the mean position of its neighbours;
// a vertex without neighbours keeps its place.
func (g *layered) barycentres(vs []int, adj [][]int, pos, key []float64) {
	for _, v := range vs {
		if len(adj[v]) == 0 {
			continue
		}
		sum := 0.0
		for _, u := range adj[v] {
			sum += pos[u]
		}
		key[v] = sum / float64(len(adj[v]))
	}
}
