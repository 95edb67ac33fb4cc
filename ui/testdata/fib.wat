;; 斐波那契数列：迭代计算第 n 项（中文注释测试）
(module $fib
  (memory $heap 1)
  (table $fns 2 funcref)
  (global $calls (mut i32) (i32.const 0))
  (data (i32.const 16) "你好, wasm!")

  ;; 计算 fib(n)
  (func $fib (export "fib") (param $n i32) (result i32)
    (local $a i32) (local $b i32)
    (local.set $b (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $b (i32.add (local.get $a) (local.get $b)))
        (local.set $a (i32.sub (local.get $b) (local.get $a)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
    (local.get $a))

  (func $add (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))))
