;; memory64 beyond 4 GiB: converting an 8K RGBA frame to grayscale above the 4 GiB mark.
;; Run: wasmstep run examples/memory64_grayscale.wat --invoke frame_end --invoke paint 2 --invoke pixel 300 1 --invoke grayscale 2 --invoke pixel 300 1 --invoke checksum 2
;;
;; A memory64 is addressed with i64, so it may be larger than 4 GiB. This
;; one holds an 8K frame (7680 x 4320 pixels, 4 bytes each: 126.5 MiB)
;; starting exactly at 4 GiB (0x1_0000_0000), where an i32 address could
;; never reach. wasmstep only allocates the 64 KiB pages a program touches,
;; so the 4 GiB below the frame cost nothing.
;;
;; paint draws a test pattern into the first rows, grayscale replaces each
;; pixel's red, green and blue by its luma (77 R + 150 G + 29 B) / 256, and
;; checksum adds the gray values. The Run line converts 2 rows to stay
;; quick; convert_frame converts the whole frame (33 million pixels: let it
;; run rather than step).
(module
  (memory i64 67561) ;; 4 GiB + 2025 pages of frame = 67561 pages of 64 KiB

  (global $base i64 (i64.const 0x1_0000_0000))
  (global $width i64 (i64.const 7680))
  (global $height i64 (i64.const 4320))

  ;; The address of pixel (x, y).
  (func $addr (param $x i64) (param $y i64) (result i64)
    (i64.add (global.get $base)
      (i64.shl (i64.add (i64.mul (local.get $y) (global.get $width)) (local.get $x)) (i64.const 2))))

  ;; One past the frame's last byte: above 4 GiB.
  (func (export "frame_end") (result i64)
    (call $addr (i64.const 0) (global.get $height)))

  ;; Pixel (x, y) = R: x, G: y, B: x + y (each mod 256), A: 255.
  (func $paint (export "paint") (param $rows i64)
    (local $x i64) (local $y i64) (local $rgba i32)
    (block $done
      (loop $row
        (br_if $done (i64.ge_u (local.get $y) (local.get $rows)))
        (local.set $x (i64.const 0))
        (loop $col
          (local.set $rgba
            (i32.or
              (i32.or (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0xff))
                      (i32.shl (i32.and (i32.wrap_i64 (local.get $y)) (i32.const 0xff)) (i32.const 8)))
              (i32.or (i32.shl (i32.and (i32.wrap_i64 (i64.add (local.get $x) (local.get $y))) (i32.const 0xff)) (i32.const 16))
                      (i32.const 0xff00_0000))))
          (i32.store (call $addr (local.get $x) (local.get $y)) (local.get $rgba))
          (local.set $x (i64.add (local.get $x) (i64.const 1)))
          (br_if $col (i64.lt_u (local.get $x) (global.get $width))))
        (local.set $y (i64.add (local.get $y) (i64.const 1)))
        (br $row))))

  ;; Replaces R, G and B of every pixel of the first rows by its luma.
  (func $grayscale (export "grayscale") (param $rows i64)
    (local $p i64) (local $end i64) (local $gray i32)
    (local.set $p (global.get $base))
    (local.set $end (call $addr (i64.const 0) (local.get $rows)))
    (block $done
      (loop $pixel
        (br_if $done (i64.ge_u (local.get $p) (local.get $end)))
        (local.set $gray
          (i32.shr_u
            (i32.add
              (i32.add
                (i32.mul (i32.load8_u (local.get $p)) (i32.const 77))
                (i32.mul (i32.load8_u offset=1 (local.get $p)) (i32.const 150)))
              (i32.mul (i32.load8_u offset=2 (local.get $p)) (i32.const 29)))
            (i32.const 8)))
        (i32.store8 (local.get $p) (local.get $gray))
        (i32.store8 offset=1 (local.get $p) (local.get $gray))
        (i32.store8 offset=2 (local.get $p) (local.get $gray))
        (local.set $p (i64.add (local.get $p) (i64.const 4)))
        (br $pixel))))

  (func (export "convert_frame")
    (call $paint (global.get $height))
    (call $grayscale (global.get $height)))

  ;; The RGBA word of pixel (x, y), red in the low byte.
  (func (export "pixel") (param $x i64) (param $y i64) (result i32)
    (i32.load (call $addr (local.get $x) (local.get $y))))

  ;; The sum of the gray (red) values of the first rows.
  (func (export "checksum") (param $rows i64) (result i64)
    (local $p i64) (local $end i64) (local $sum i64)
    (local.set $p (global.get $base))
    (local.set $end (call $addr (i64.const 0) (local.get $rows)))
    (block $done
      (loop $pixel
        (br_if $done (i64.ge_u (local.get $p) (local.get $end)))
        (local.set $sum (i64.add (local.get $sum) (i64.load8_u (local.get $p))))
        (local.set $p (i64.add (local.get $p) (i64.const 4)))
        (br $pixel)))
    (local.get $sum))
)
