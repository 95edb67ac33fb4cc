package stack

// row is one display row: an operand, or the boundary of a block.
type row struct {
	operand *Operand // nil for a block boundary
	height  int      // the operand's position from the bottom; -1 if popped
	label   string   // the block's label
}

// layoutRows orders m for display, top of stack first: the popped values,
// then the live ones, with each block's boundary below the first value
// that belongs to it.
func layoutRows(m Model) []row {
	var live, popped []*Operand
	for i := range m.Operands {
		if m.Operands[i].Popped {
			popped = append(popped, &m.Operands[i])
		} else {
			live = append(live, &m.Operands[i])
		}
	}
	rows := make([]row, 0, len(m.Operands)+len(m.Blocks))
	for i := len(popped) - 1; i >= 0; i-- {
		rows = append(rows, row{operand: popped[i], height: -1})
	}
	for h := len(live); h >= 0; h-- {
		for b := len(m.Blocks) - 1; b >= 0; b-- { // innermost nearest the top
			if min(max(m.Blocks[b].Height, 0), len(live)) == h {
				rows = append(rows, row{label: m.Blocks[b].Label})
			}
		}
		if h > 0 {
			rows = append(rows, row{operand: live[h-1], height: h - 1})
		}
	}
	return rows
}
