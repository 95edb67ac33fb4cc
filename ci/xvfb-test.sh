#!/usr/bin/env bash
# The real window under Xvfb: start bin/wasmstep on an example with a call
# stopped at entry, send debugger keys with xdotool, and check that they
# reached the session (the stops the app logs) and changed the picture.
# Run by `make test-gui` (after `make build`); needs no display of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-bin/wasmstep}
OUT=${OUT:-$(mktemp -d /tmp/wasmstep-xvfb.XXXXXX)}
mkdir -p "$OUT"
EXAMPLE=examples/add.wat
start=$(date +%s)

fail() {
	echo "xvfb-test: FAIL: $*" >&2
	if [ -s "$OUT/app.log" ]; then echo "--- app output:" >&2; cat "$OUT/app.log" >&2; fi
	exit 1
}

# Tools that drive and look at the window, installed only when missing.
need=""
for p in xvfb xdotool x11-apps imagemagick xauth; do
	dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
if [ -n "$need" ]; then
	echo "xvfb-test: installing:$need"
	SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
	$SUDO apt-get update -q
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $need
fi
[ -x "$BIN" ] || fail "$BIN missing: run make build first"

# A display nobody uses: no lock file and no socket.
disp=99
while [ -e "/tmp/.X$disp-lock" ] || [ -e "/tmp/.X11-unix/X$disp" ]; do disp=$((disp + 1)); done
export DISPLAY=":$disp"

xvfb_pid="" app_pid=""
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
	[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
	return 0
}
trap cleanup EXIT

Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
	[ -e "/tmp/.X11-unix/X$disp" ] && break
	sleep 0.1
done
[ -e "/tmp/.X11-unix/X$disp" ] || fail "Xvfb did not start on $DISPLAY"

# A private config directory: no recent files or breakpoints from the user.
export XDG_CONFIG_HOME="$OUT/config" WASMSTEP_LOG_STOPS=1 LANG=en_US.UTF-8
"$BIN" "$EXAMPLE" --invoke add 2 3 >"$OUT/app.log" 2>&1 &
app_pid=$!

win=$(timeout 60 xdotool search --sync --name '^wasmstep' | head -n 1) || true
[ -n "$win" ] || fail "no window named wasmstep within 60 s"

# stops N: how many stops the app has logged.
stops() { grep -c '^stop:' "$OUT/app.log" || true; }
# wait_stops N: wait until the app has logged N stops.
wait_stops() {
	for _ in $(seq 100); do
		[ "$(stops)" -ge "$1" ] && return 0
		kill -0 "$app_pid" 2>/dev/null || fail "the app exited"
		sleep 0.1
	done
	fail "expected $1 stops, saw $(stops)"
}
wait_stops 1 # the call, stopped at entry
grep -q '^stop: Stopped (entry)' "$OUT/app.log" || fail "the call did not stop at entry"
sleep 1 # let the stop be drawn
xdotool windowfocus --sync "$win"
import -window root "$OUT/before.png"

xdotool key F11
wait_stops 2
xdotool key F10
wait_stops 3
sleep 1
import -window root "$OUT/after.png"
grep -q '^stop: Stopped (step) | 2 instructions | .*i32.add$' "$OUT/app.log" ||
	fail "F11 and F10 did not step twice, to i32.add"

# A click on a grid gives it focus; keys must still reach the session.
xdotool mousemove --window "$win" 770 444 click 1
sleep 0.3 # let the click land; the grid keeps its focus
xdotool key F11
wait_stops 4
grep -q '^stop: Stopped (step) | 3 instructions | .* end$' "$OUT/app.log" ||
	fail "F11 after a click on a grid did not step"

# F5 runs the call to its end.
xdotool key F5
wait_stops 5
grep -q '^stop: Finished .*Results: i32:5' "$OUT/app.log" || fail "F5 did not finish with 5"

changed=$(compare -metric AE "$OUT/before.png" "$OUT/after.png" "$OUT/diff.png" 2>&1 >/dev/null || true)
[ "${changed%% *}" -gt 500 ] 2>/dev/null || fail "the window barely changed ($changed pixels)"
first_stops=$(stops)
kill "$app_pid" && wait "$app_pid" 2>/dev/null || true

# Holding F10: the key repeats and the window keeps stepping. The count
# and the CPU time per stop are reported, not asserted (speed is measured,
# never a test's pass condition); at least two stops show the repeat works.
mv "$OUT/app.log" "$OUT/app-add.log"
"$BIN" examples/gc_linked_list.wat --invoke build 50 >"$OUT/app.log" 2>&1 &
app_pid=$!
win=$(timeout 60 xdotool search --sync --name '^wasmstep' | head -n 1) || true
[ -n "$win" ] || fail "no window for gc_linked_list within 60 s"
wait_stops 1
sleep 1
xdotool windowfocus --sync "$win"
held_from=$(stops)
cpu_from=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
xdotool keydown F10
sleep 2
xdotool keyup F10
sleep 1
held=$(($(stops) - held_from))
cpu_ms=$((($(awk '{print $14 + $15}' "/proc/$app_pid/stat") - cpu_from) * 1000 / $(getconf CLK_TCK)))
[ "$held" -ge 2 ] || fail "holding F10 for 2 s gave $held stops"
echo "xvfb-test: holding F10 for 2 s: $held stops, $((cpu_ms / held)) ms of CPU per stop (llvmpipe)"

# A small window still shows the current line: resize, step, and read the
# lines in view from the stop log.
xdotool windowsize --sync "$win" 1024 640 || true
sleep 1
n=$(stops)
xdotool key F10
wait_stops $((n + 1))
view=$(grep '^view:' "$OUT/app.log" | tail -n 1)
read -r next first last < <(echo "$view" | sed -E 's/view: next line ([0-9]+), lines ([0-9]+)-([0-9]+) shown/\1 \2 \3/')
[ -n "$next" ] && [ "$next" -ge "$first" ] && [ "$next" -le "$last" ] ||
	fail "at 1024x640 the current line is not in view: $view"
import -window root "$OUT/small.png"

echo "xvfb-test: ok in $(($(date +%s) - start)) s: $first_stops stops, $changed pixels changed, $held stops while F10 was held; shots in $OUT"
