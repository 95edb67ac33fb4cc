;; SIMD: a dot product four lanes at a time, and a byte count sixteen at a time.
;; Run: wasmstep run examples/simd_dot.wat --invoke dot 0 32 8 --invoke count 64 32 115
;;
;; A v128 value is 128 bits that each instruction reads as lanes: four i32s
;; for i32x4, sixteen bytes for i8x16. The stack pane shows a v128 split
;; the way the next instruction reads it.
;;
;; dot multiplies two arrays of i32, four elements at once (i32x4.mul),
;; adds the products into four running sums (i32x4.add), and at the end
;; adds the four sums together (i32x4.extract_lane): 1*8 + 2*7 + ... + 8*1.
;;
;; count looks for one byte in 16 bytes of text at once: i8x16.eq sets a
;; lane to 0xFF (-1) where the bytes are equal and to 0 elsewhere,
;; i8x16.bitmask packs the lanes' top bits into an i32 (bit i for byte i),
;; and i32.popcnt counts its ones. 115 is 's', found 7 times in
;; "she sells sea shells by the sea!".
(module
  (memory 1)
  ;; Two arrays of eight i32s, little-endian: 1 2 ... 8 at 0, 8 7 ... 1 at 32.
  (data (i32.const 0)
    "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00"
    "\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00")
  (data (i32.const 32)
    "\08\00\00\00\07\00\00\00\06\00\00\00\05\00\00\00"
    "\04\00\00\00\03\00\00\00\02\00\00\00\01\00\00\00")
  ;; 32 bytes of text at 64
  (data (i32.const 64) "she sells sea shells by the sea!")

  ;; The sum of $a[i] * $b[i] for the $n i32s at $a and $b; $n is a
  ;; positive multiple of 4.
  (func $dot (export "dot") (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $sums v128) ;; four running sums, starting at 0 0 0 0
    (loop $four
      local.get $sums
      (v128.load (local.get $a))
      (v128.load (local.get $b))
      i32x4.mul                 ;; four products at once
      i32x4.add
      local.set $sums
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (local.set $b (i32.add (local.get $b) (i32.const 16)))
      (local.set $n (i32.sub (local.get $n) (i32.const 4)))
      (br_if $four (i32.gt_s (local.get $n) (i32.const 0))))
    (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $sums)) (i32x4.extract_lane 1 (local.get $sums)))
      (i32.add (i32x4.extract_lane 2 (local.get $sums)) (i32x4.extract_lane 3 (local.get $sums)))))

  ;; How many of the $len bytes at $p equal $byte; $len is a positive
  ;; multiple of 16.
  (func $count (export "count") (param $p i32) (param $len i32) (param $byte i32) (result i32)
    (local $needle v128) (local $found i32)
    (local.set $needle (i8x16.splat (local.get $byte))) ;; $byte in all 16 lanes
    (loop $sixteen
      local.get $found
      (v128.load (local.get $p))
      local.get $needle
      i8x16.eq                  ;; 0xFF where the bytes match
      i8x16.bitmask             ;; one bit per lane
      i32.popcnt                ;; matches in these 16 bytes
      i32.add
      local.set $found
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (local.set $len (i32.sub (local.get $len) (i32.const 16)))
      (br_if $sixteen (i32.gt_s (local.get $len) (i32.const 0))))
    local.get $found)
)
