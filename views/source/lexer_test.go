package source

import "testing"

func TestLexLine(t *testing.T) {
	type tok struct {
		text string
		cl   class
	}
	tests := []struct {
		line      string
		depth     int
		want      []tok
		wantDepth int
	}{
		{`(func $f (param i32) (result f64)`, 0, []tok{
			{"func", classKeyword}, {"$f", classID}, {"param", classKeyword},
			{"i32", classKeyword}, {"result", classKeyword}, {"f64", classKeyword}}, 0},
		{`  i32.load offset=4 align=2 ;; load`, 0, []tok{
			{"i32.load", classInstr}, {"offset=4", classKeyword}, {"align=2", classKeyword},
			{";; load", classComment}}, 0},
		{`(f64.const -0x1.8p3) (f32.const nan:0x200000) (i64.const +7)`, 0, []tok{
			{"f64.const", classInstr}, {"-0x1.8p3", classNumber}, {"f32.const", classInstr},
			{"nan:0x200000", classNumber}, {"i64.const", classInstr}, {"+7", classNumber}}, 0},
		{`(data "a\"b" "c") $"quoted id"`, 0, []tok{
			{"data", classKeyword}, {`"a\"b"`, classString}, {`"c"`, classString},
			{`$"quoted id"`, classID}}, 0},
		{`(; outer (; inner ;) still ;) nop`, 0, []tok{
			{"(; outer (; inner ;) still ;)", classComment}, {"nop", classInstr}}, 0},
		{`nop (; opens (; twice`, 0, []tok{
			{"nop", classInstr}, {"(; opens (; twice", classComment}}, 2},
		{`still ;) inside ;) drop`, 2, []tok{
			{"still ;) inside ;)", classComment}, {"drop", classInstr}}, 0},
		{`"unterminated`, 0, []tok{{`"unterminated`, classString}}, 0},
	}
	for _, tt := range tests {
		spans, depth := lexLine(tt.line, tt.depth, nil)
		var got []tok
		for _, s := range spans {
			got = append(got, tok{tt.line[s.from:s.to], s.class})
		}
		if len(got) != len(tt.want) || depth != tt.wantDepth {
			t.Errorf("%q: got %v depth %d, want %v depth %d", tt.line, got, depth, tt.want, tt.wantDepth)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: token %d = %v, want %v", tt.line, i, got[i], tt.want[i])
			}
		}
	}
}

func TestDocumentCarriesCommentDepthAcrossLines(t *testing.T) {
	d := newDocument("nop\n(; a\n(; b ;)\n;) nop\nnop")
	want := []int{0, 0, 1, 1, 0}
	for i, w := range want {
		if d.depth[i] != w {
			t.Errorf("depth at line %d = %d, want %d", i+1, d.depth[i], w)
		}
	}
}
