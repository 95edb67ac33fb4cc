// A small C program to debug at its source lines: built by `make
// examples-c` with clang --target=wasm32-wasi -g -O0 into geometry.wasm.
// Try: wasmstep debug examples/c/geometry.wasm, then
//   break geometry.c:40   continue   print pts   print *head   next   step
#include <stdio.h>

struct point {
  int x, y;
};

enum shape { TRIANGLE = 3, SQUARE = 4 };

struct node {
  int value;
  struct node *next;
};

static const char *names[] = {"triangle", "square"};

static inline int dot(struct point a, struct point b) {
  return a.x * b.x + a.y * b.y;
}

int perimeter(const struct point *pts, int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    struct point d = {pts[(i + 1) % n].x - pts[i].x, pts[(i + 1) % n].y - pts[i].y};
    total += d.x < 0 ? -d.x : d.x;
    total += d.y < 0 ? -d.y : d.y;
  }
  return total;
}

int length(const struct node *head) {
  if (head == 0)
    return 0;
  return 1 + length(head->next);
}

int main(void) {
  struct point pts[4] = {{0, 0}, {3, 0}, {3, 4}, {0, 4}};
  enum shape kind = SQUARE;
  struct node c = {30, 0}, b = {20, &c}, a = {10, &b};
  struct node *head = &a;
  int p = perimeter(pts, kind);
  int d = dot(pts[1], pts[2]);
  int n = length(head);
  printf("%s: perimeter %d, dot %d, list of %d\n", names[kind - TRIANGLE], p, d, n);
  return 0;
}
