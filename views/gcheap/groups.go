package gcheap

import "fyne.io/fyne/v2"

// reachable marks the objects a chain of references leads to from a rooted
// object; the others are garbage the collector has yet to reclaim.
func reachable(objs []Object) []bool {
	index := make(map[int]int, len(objs))
	for i, o := range objs {
		index[o.ID] = i
	}
	seen := make([]bool, len(objs))
	var work []int
	for i, o := range objs {
		if len(o.Roots) > 0 {
			seen[i], work = true, append(work, i)
		}
	}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		for _, f := range objs[v].Fields {
			if t, ok := index[f.Ref]; ok && f.Ref >= 0 && !seen[t] {
				seen[t], work = true, append(work, t)
			}
		}
	}
	return seen
}

// layoutGroups lays out the reachable objects, and right of them, apart,
// the unreachable ones; deadX is where that area starts, or -1. A
// reference from one group to the other is a straight arrow.
func layoutGroups(objs []Object, sizes []fyne.Size, m metrics) (d drawing, deadX float32) {
	reach := reachable(objs)
	var live, dead []int
	for i, r := range reach {
		if r {
			live = append(live, i)
		} else {
			dead = append(dead, i)
		}
	}
	d = drawing{pos: make([]fyne.Position, len(objs)), size: sizes}
	d.merge(layoutGroup(objs, live, sizes, m), live, 0)
	deadX = -1
	if len(dead) > 0 {
		deadX = d.total.Width + m.gapX
		d.merge(layoutGroup(objs, dead, sizes, m), dead, deadX+m.gapX/2)
	}
	index := make(map[int]int, len(objs))
	for i, o := range objs {
		index[o.ID] = i
	}
	for i, o := range objs {
		for f, fl := range o.Fields {
			if t, ok := index[fl.Ref]; ok && fl.Ref >= 0 && reach[i] != reach[t] {
				d.refs = append(d.refs, ref{from: i, to: t, field: f, back: !reach[i]})
				d.paths = append(d.paths, d.across(i, t))
			}
		}
	}
	return d, deadX
}

// layoutGroup lays out the objects idx of objs, without the references
// that leave the group.
func layoutGroup(objs []Object, idx []int, sizes []fyne.Size, m metrics) drawing {
	in := make(map[int]bool, len(idx))
	for _, i := range idx {
		in[objs[i].ID] = true
	}
	sub, subSizes := make([]Object, len(idx)), make([]fyne.Size, len(idx))
	for k, i := range idx {
		sub[k], subSizes[k] = objs[i], sizes[i]
		sub[k].Fields = append([]Field(nil), objs[i].Fields...)
		for f := range sub[k].Fields {
			if !in[sub[k].Fields[f].Ref] {
				sub[k].Fields[f].Ref = -1
			}
		}
	}
	g := newLayered(sub)
	return g.place(g.order(), subSizes, m.gapX, m.gapY)
}

// merge adds a group's drawing, whose object k is object idx[k], shifted
// right by x.
func (d *drawing) merge(g drawing, idx []int, x float32) {
	shift := func(p fyne.Position) fyne.Position { return fyne.NewPos(p.X+x, p.Y) }
	for k, p := range g.pos {
		d.pos[idx[k]] = shift(p)
	}
	for i, pts := range g.paths {
		moved := make([]fyne.Position, len(pts))
		for k, p := range pts {
			moved[k] = shift(p)
		}
		r := g.refs[i]
		r.from, r.to = idx[r.from], idx[r.to]
		d.refs, d.paths = append(d.refs, r), append(d.paths, moved)
	}
	if len(idx) > 0 {
		d.total.Width = max(d.total.Width, g.total.Width+x)
	}
	d.total.Height = max(d.total.Height, g.total.Height)
}

// across is the path of a reference between the groups: from the right
// edge of the left object to the left edge of the right one.
func (d drawing) across(a, b int) []fyne.Position {
	if d.pos[a].X > d.pos[b].X {
		a, b = b, a
	}
	mid := func(v int, x float32) fyne.Position { return fyne.NewPos(x, d.pos[v].Y+d.size[v].Height/2) }
	return []fyne.Position{mid(a, d.pos[a].X+d.size[a].Width), mid(b, d.pos[b].X)}
}
