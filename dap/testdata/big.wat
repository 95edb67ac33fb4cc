;; Two MiB of memory from the start, more than a 1 MiB budget allows.
(module
  (memory (export "mem") 32)
  (func (export "f")))
