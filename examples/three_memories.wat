;; Three memories: two imported, one of the module's own, each holding a string.
;; 三块内存：两块导入，一块属于模块自己，每块各存一个字符串。
;; Run: wasmstep run examples/three_memories.wat --show-imports --invoke show
;;
;; With multiple memories every load, store and data segment names the
;; memory it uses. wasmstep creates the imported memories "env" "input" and
;; "env" "output" from their declared types (--show-imports lists them).
;; The print import takes (memory index, offset, length).
;; 多内存时，每条加载、存储指令和每个数据段都要指明所用的内存。
;; 导入的内存由 wasmstep 按声明的类型创建（--show-imports 会列出它们）。
;; 打印函数的参数是（内存编号，偏移，长度）。
(module
  (import "env" "print" (func $print (param i32 i32 i32)))
  (import "env" "input" (memory $input 1))
  (import "env" "output" (memory $output 1))
  (memory $own 1)

  (data (memory $input) (i32.const 0) "input: imported memory 0")
  (data (memory $output) (i32.const 0) "output: imported memory 1")
  (data (memory $own) (i32.const 0) "own: 模块自己的内存 2")

  (func (export "show")
    (call $print (i32.const 0) (i32.const 0) (i32.const 24))
    (call $print (i32.const 1) (i32.const 0) (i32.const 25))
    ;; 5 ASCII bytes + 7 characters of 3 bytes + " 2"
    (call $print (i32.const 2) (i32.const 0) (i32.const 28)))
)
