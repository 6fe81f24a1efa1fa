#include "polex_core.h"
#include <stdio.h>
int main(void) {
    puts("polex " POLEX_VERSION);
    return 0;
}
