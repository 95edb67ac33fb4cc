#include <stdio.h>

struct point {
  int x, y;
};

enum color { RED, GREEN = 5, BLUE };

union word {
  int i;
  unsigned char b[4];
};

int counter = 7;
static struct point origin = {1, 2};

static inline int square(int v) {
  return v * v;
}

int fact(int n) {
  if (n <= 1)
    return 1;
  return n * fact(n - 1);
}

int sum_squares(const int *a, int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    total += square(a[i]);
  }
  return total;
}

int main(void) {
  struct point p = {3, 4};
  int arr[4] = {1, 2, 3, 4};
  struct point *pp = &p;
  enum color c = GREEN;
  union word w;
  w.i = 0x01020304;
  int s = sum_squares(arr, 4);
  int f = fact(5);
  printf("p=%d,%d arr=%d,%d,%d,%d pp->y=%d c=%d w=%d s=%d f=%d counter=%d origin=%d,%d\n",
         p.x, p.y, arr[0], arr[1], arr[2], arr[3], pp->y, c, w.i, s, f, counter,
         origin.x, origin.y);
  return 0;
}
