#include <stdio.h>

static inline int square(int v) {
  return v * v;
}

__attribute__((noinline)) int sum_squares(const int *a, int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    total += square(a[i]);
    printf("i=%d total=%d\n", i, total);
  }
  return total;
}

int main(void) {
  int arr[4] = {1, 2, 3, 4};
  printf("sum=%d\n", sum_squares(arr, 4));
  return 0;
}
