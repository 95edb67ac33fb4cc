# The window's targets, included by the Makefile: a real window under Xvfb,
# and the README's screenshots.
.PHONY: test-gui screenshots

# test-gui builds the real binary (cgo + GLFW) and runs ci/xvfb-test.sh,
# which installs Xvfb and xdotool when missing; it needs no display.
test-gui: build
	ci/xvfb-test.sh

# screenshots renders docs/screenshots/*.png with `wasmstep screenshot`
# (Fyne's headless driver: no cgo, no display).
SHOT_BIN := bin/wasmstep-headless
# English whatever the locale, so the README matches its text.
SHOT     := LANG=en_US.UTF-8 LC_ALL= $(SHOT_BIN) screenshot
SHOTS    := docs/screenshots
screenshots:
	CGO_ENABLED=0 $(GO) build -tags ci -o $(SHOT_BIN) .
	@mkdir -p $(SHOTS)
	$(SHOT) examples/add.wat --invoke add 2 3 --steps 2 --out $(SHOTS)/add.png
	$(SHOT) examples/three_memories.wat --invoke show --steps 6 --out $(SHOTS)/three_memories.png
	$(SHOT) examples/gc_linked_list.wat --invoke build 4 --steps 60 --out $(SHOTS)/gc_linked_list.png
	$(SHOT) examples/gc_linked_list.wat --invoke build 4 --steps 71 --tab gc --out $(SHOTS)/gc_heap.png
	$(SHOT) examples/call_indirect.wat --invoke apply 1 7 5 --steps 4 --out $(SHOTS)/call_indirect.png
	$(SHOT) examples/memory64_grayscale.wat --invoke paint 2 --steps 47 --out $(SHOTS)/memory64_grayscale.png
	$(SHOT) examples/c/geometry.wasm --invoke _start --steps 16 --out $(SHOTS)/c_source.png
	$(SHOT) examples/multi_value.wat --invoke divmod 17 5 --steps 3 --present --size 1920x1080 --out $(SHOTS)/presentation.png
