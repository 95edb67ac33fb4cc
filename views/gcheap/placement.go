package gcheap

import (
	"math"

	"fyne.io/fyne/v2"
)

// drawing is a laid-out graph in unzoomed units.
type drawing struct {
	pos   []fyne.Position // per object: top-left corner
	size  []fyne.Size     // per object
	paths [][]fyne.Position
	refs  []ref // per path: which reference it draws
	total fyne.Size
}

// placeRounds is how many times positions are pulled toward neighbours.
const placeRounds = 4

// place gives every vertex a position: layers are columns, and within a
// column vertices keep their order, pulled toward the mean height of their
// neighbours and pushed apart so they never overlap.
func (g *layered) place(layers [][]int, size []fyne.Size, gapX, gapY float32) drawing {
	h := func(v int) float32 {
		if v < g.n {
			return size[v].Height
		}
		return gapY / 2
	}
	colX := make([]float32, len(layers)+1)
	for l, vs := range layers {
		w := float32(0)
		for _, v := range vs {
			if v < g.n {
				w = max(w, size[v].Width)
			}
		}
		colX[l+1] = colX[l] + w + gapX
	}
	y := make([]float32, len(g.layer)) // centre
	down := make([]float32, len(g.layer))
	// stack places a column at the wanted heights without overlap. Pushing
	// only downwards would make the columns drift down round after round, so
	// it also pushes upwards from the bottom and takes the mean of the two,
	// which keeps every gap since both placements do.
	stack := func(vs []int, want func(int) float32) {
		bottom := float32(math.Inf(-1))
		for _, v := range vs {
			down[v] = max(want(v), bottom+gapY+h(v)/2)
			bottom = down[v] + h(v)/2
		}
		top := float32(math.Inf(1))
		for k := len(vs) - 1; k >= 0; k-- {
			v := vs[k]
			up := min(want(v), top-gapY-h(v)/2)
			top = up - h(v)/2
			y[v] = (up + down[v]) / 2
		}
	}
	for _, vs := range layers {
		stack(vs, func(int) float32 { return 0 })
	}
	toward := func(adj [][]int) func(int) float32 {
		return func(v int) float32 {
			if len(adj[v]) == 0 {
				return y[v]
			}
			sum := float32(0)
			for _, u := range adj[v] {
				sum += y[u]
			}
			return sum / float32(len(adj[v]))
		}
	}
	for range placeRounds {
		for l := 1; l < len(layers); l++ {
			stack(layers[l], toward(g.pred))
		}
		for l := len(layers) - 2; l >= 0; l-- {
			stack(layers[l], toward(g.succ))
		}
	}
	return g.draw(layers, size, colX, y, gapX, gapY)
}

// draw turns vertex positions into boxes and reference paths.
func (g *layered) draw(layers [][]int, size []fyne.Size, colX, y []float32, gapX, gapY float32) drawing {
	top := float32(math.Inf(1))
	for v := range y {
		top = min(top, y[v]-h0(v, g.n, size)/2)
	}
	top -= gapY // room above the first row for root tags
	for v := range y {
		y[v] -= top
	}
	d := drawing{pos: make([]fyne.Position, g.n), size: size}
	col := make([]int, len(g.layer))
	for l, vs := range layers {
		for _, v := range vs {
			col[v] = l
		}
	}
	for v := range g.n {
		d.pos[v] = fyne.NewPos(colX[col[v]], y[v]-size[v].Height/2)
		d.total.Width = max(d.total.Width, d.pos[v].X+size[v].Width)
		d.total.Height = max(d.total.Height, d.pos[v].Y+size[v].Height+gapY)
	}
	for i, r := range g.refs {
		var pts []fyne.Position
		if chain := g.chains[i]; len(chain) == 0 {
			pts = selfLoop(d.pos[r.from], d.size[r.from], gapY)
		} else {
			pts = []fyne.Position{d.exit(chain[0], y, r.back)}
			for _, v := range chain[1 : len(chain)-1] { // straight through the column
				pts = append(pts, fyne.NewPos(colX[col[v]], y[v]), fyne.NewPos(colX[col[v]+1]-gapX, y[v]))
			}
			pts = append(pts, d.entry(chain[len(chain)-1], y, r.back))
		}
		d.refs = append(d.refs, r)
		d.paths = append(d.paths, pts)
	}
	return d
}

// attach is how far from a box's middle a path meets it: references laid
// out forwards attach above, turned-around ones below, so the two arrows
// between the nodes of a doubly linked list do not coincide.
func attach(s fyne.Size, back bool) float32 {
	if back {
		return s.Height / 6
	}
	return -s.Height / 6
}

func (d drawing) exit(v int, y []float32, back bool) fyne.Position {
	return fyne.NewPos(d.pos[v].X+d.size[v].Width, y[v]+attach(d.size[v], back))
}

func (d drawing) entry(v int, y []float32, back bool) fyne.Position {
	return fyne.NewPos(d.pos[v].X, y[v]+attach(d.size[v], back))
}

// selfLoop is the path of a reference from an object to itself: out of its
// right side, between where forward and turned-around references leave,
// round its bottom right corner and back up into it, so the arrowhead
// and the field name stay clear of the box and of the node below.
func selfLoop(p fyne.Position, s fyne.Size, reach float32) []fyne.Position {
	right, low := p.X+s.Width+reach, p.Y+s.Height+reach/3
	return []fyne.Position{
		{X: p.X + s.Width, Y: p.Y + s.Height*0.55}, {X: right, Y: p.Y + s.Height*0.55},
		{X: right, Y: low}, {X: p.X + s.Width*0.8, Y: low}, {X: p.X + s.Width*0.8, Y: p.Y + s.Height},
	}
}

// h0 is a vertex's height: a dummy has none.
func h0(v, n int, size []fyne.Size) float32 {
	if v < n {
		return size[v].Height
	}
	return 0
}
