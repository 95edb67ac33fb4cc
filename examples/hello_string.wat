;; A string in memory printed through an import.
;; 内存中的字符串，通过导入的函数打印出来。
;; Run: wasmstep run examples/hello_string.wat --invoke hello
;;
;; WebAssembly has no strings: the text is bytes in linear memory, placed
;; there by a data segment. The program passes the host its address and its
;; length; an imported function with the shape (offset, length) prints the
;; UTF-8 bytes it finds there.
;; WebAssembly 没有字符串类型：文本只是线性内存中的字节，由数据段放入。
;; 程序把地址和长度交给宿主，形如 (偏移, 长度) 的导入函数把那里的
;; UTF-8 字节打印出来。
(module
  (import "env" "print" (func $print (param i32 i32)))
  (memory 1)
  ;; 13 bytes of ASCII, then 18 bytes of Chinese (3 bytes per character)
  ;; 13 个 ASCII 字节，然后是 18 个字节的中文（每个汉字 3 个字节）
  (data (i32.const 16) "Hello, world!")
  (data (i32.const 32) "你好，世界！")

  (func (export "hello")
    (call $print (i32.const 16) (i32.const 13))
    (call $print (i32.const 32) (i32.const 18)))
)
